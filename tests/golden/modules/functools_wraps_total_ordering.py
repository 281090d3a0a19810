# functools: wraps/update_wrapper copy metadata and set __wrapped__; total_ordering from each root operator.
import functools
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper
@trace
def greet(name):
    """Say hello."""
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__, greet.__wrapped__("x"))
def plain():
    pass
def other():
    """other doc"""
functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)
def keep_name(f):
    def inner():
        return f()
    return functools.wraps(f, assigned=("__doc__",))(inner)
@keep_name
def documented():
    """the doc"""
    return 1
print(documented.__name__, documented.__doc__, documented())
for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda self, o: self.v == o.v}
    ops = {"__lt__": lambda s, o: s.v < o.v, "__le__": lambda s, o: s.v <= o.v,
           "__gt__": lambda s, o: s.v > o.v, "__ge__": lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    K = functools.total_ordering(type("K", (), ns))
    a, b = K(1), K(2)
    print(root, a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= K(1), a >= K(1))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) >= Version(1), Version(2) > Version(1, 5))
try:
    Version(1) > 3
except TypeError as e:
    print(e)
