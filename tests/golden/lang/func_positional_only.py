def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

def g(x, /, **kwargs):
    return x, kwargs
# a positional-only name may also appear in **kwargs
print(g(1, x=2))

def h(a, b=5, /):
    return a + b
print(h(1), h(1, 2))
print(h.__defaults__)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
