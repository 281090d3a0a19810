# Default values are evaluated once, when the def statement runs.
calls = []
def make(tag):
    calls.append(tag)
    return tag * 2

def f(a, b=make("x"), c=make("y")):
    return a, b, c

print(calls)
print(f(1))
print(f(1, 2))
print(f(1, c=3))
print(calls)
n = 10
def g(x=n):
    return x
n = 20
print(g(), n)
print(f.__defaults__)
print(g.__defaults__)
def h(a, b): pass
print(h.__defaults__)
