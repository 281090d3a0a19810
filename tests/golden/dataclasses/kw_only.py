# kw_only fields: dataclass(kw_only=True), field(kw_only=True) and the KW_ONLY marker, their order in __init__, __match_args__ and the signature text
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


o = Options(level=3)
print(o, Options.__match_args__, Options.__doc__)
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Options()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


m = Mixed(1, c=3)
print(m, Mixed.__match_args__, [(f.name, f.kw_only) for f in fields(Mixed)], Mixed.__doc__)


@dataclass
class Point:
    x: int
    label: str = field(default="p", kw_only=True)
    y: int = 0


print(Point(1, 2), Point(1, 2, label="q"), Point.__doc__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3, label="z")
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Base:
    a: int = 0


@dataclass
class Child(Base):
    b: int


print(Child(5), Child(5, a=1), Child.__doc__)
