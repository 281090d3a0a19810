# __slots__ names become member descriptors on the class: repr, __name__, __objclass__, __get__/__set__/__delete__ and CPython's errors
class P:
    __slots__ = ("y", "x")

    def __init__(self, x):
        self.x = x

print(P.x, P.y, type(P.x).__name__, type(P.x))
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P, P.x.__doc__)
print(P.__dict__)
p = P(1)
print(P.x.__get__(p), P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.y.__set__(p, 5)
print(p.y, P.y.__get__(p))
P.y.__delete__(p)
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
try:
    P.y.__get__(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    P.y.__delete__(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)
for bad in (lambda: P.x.__get__(3), lambda: P.x.__set__("s", 1), lambda: P.x.__delete__(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class Q(P):
    __slots__ = ("z",)

q = Q(2)
q.z = 3
print(P.x.__get__(q), Q.z.__get__(q), Q.x is P.x, "x" in Q.__dict__, "z" in Q.__dict__)
try:
    Q.z.__get__(P(0))
except TypeError as e:
    print("TypeError", e)

class Other:
    pass

try:
    P.x.__set__(Other(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
print(hasattr(p, "x"), hasattr(p, "y"), getattr(p, "y", "default"))
