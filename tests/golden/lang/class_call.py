class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale

a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2))
print(callable(a), callable(Adder), callable(Adder.__call__))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls)
print(list(map(Adder(1), [1, 2, 3])))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s()
except TypeError as e:
    print(type(e).__name__, e)
o = NotCallable()
o.__call__ = lambda: "instance __call__ ignored"
try:
    o()
except TypeError as e:
    print(type(e).__name__, e)
