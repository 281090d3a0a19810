def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=1, **{"y": 2}, z=3))
args = (10, 20)
kw = {"sep": "-", "end": "!\n"}
print(*args, **kw)

def g(a, b, *rest, c=0, **extra):
    return a, b, rest, c, sorted(extra.items())
print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6, e=7))
print(g(*range(5)))
print(g(**{"a": 1, "b": 2, "zz": 3}))
def count(*args):
    return len(args)
print(count(*"hello"), count(*{"a": 1, "b": 2}))
print(type(f()[0]).__name__, type(f()[1]).__name__)
