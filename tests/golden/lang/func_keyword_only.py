def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=5, b=6))
print(f.__kwdefaults__)
print(f.__defaults__)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

def g(*args, key, **rest):
    return args, key, rest
print(g(1, 2, key="k"))
print(g(key="k", other=1))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
