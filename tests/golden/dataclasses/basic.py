# @dataclass: generated __init__, __repr__ (qualname) and __eq__, defaults, __match_args__, __doc__, the hash rule for eq
from dataclasses import dataclass, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
q = Point(1)
print(p, q, repr(q), Point(x=3, y=4), Point(5, y=6))
print(p == Point(1, 2), p == q, p != q, p == (1, 2))
print(Point.__match_args__, Point.__doc__)
print(Point.__hash__, Point.__init__.__qualname__, Point.__repr__.__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
p.x = 10
print(p, vars(p))


def make():
    @dataclass
    class Local:
        name: str
        tags: tuple = ()

    return Local("a", ("t",))


print(make())


class Outer:
    @dataclass
    class Inner:
        v: float

    def __init__(self):
        self.inner = Outer.Inner(1.5)


print(Outer().inner)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)


# A user __repr__/__eq__/__init__ in the class body is kept.
@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5)
