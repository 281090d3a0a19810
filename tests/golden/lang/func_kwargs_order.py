def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{"b": 1}, a=2))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b):
    return a, b
print(g(b=1, a=2), g(*[1], b=2), g(**{"a": "x", "b": "y"}))
d = {"a": 1}
def mutate(**kw):
    kw["a"] = 99
    return kw
print(mutate(**d), d)
