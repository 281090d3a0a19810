# fields(), asdict(), astuple() (recursive, copying lists, dicts, tuples and plain objects), replace(), is_dataclass()
from dataclasses import dataclass, field, asdict, astuple, replace, is_dataclass, fields
from collections import namedtuple

Pair = namedtuple("Pair", "left right")


@dataclass
class Inner:
    v: int
    items: list = field(default_factory=list)


class Plain:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Plain({self.n})"


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple
    nt: Pair
    obj: Plain


o = Outer("o", Inner(1, [1, 2]), [Inner(2), 3], {"k": Inner(3)}, (Inner(4), 5), Pair(Inner(5), 6), Plain(7))
d = asdict(o)
print(d)
print(astuple(o))
print(d["inner"]["items"] is o.inner.items, d["many"] is o.many, d["obj"] is o.obj, d["obj"].n)
print(type(d["nt"]).__name__, astuple(o)[5])
print(asdict(Inner(1), dict_factory=lambda pairs: sorted(pairs)))
print(astuple(Inner(1, [2]), tuple_factory=list))

r = replace(o.inner, v=10)
print(r, r.items is o.inner.items, o.inner)
print(replace(o.inner))
print(is_dataclass(Inner), is_dataclass(o), is_dataclass(Plain(1)), is_dataclass(Outer.__init__))
print(Inner.__dataclass_params__)
print(sorted(Inner.__dataclass_fields__))
print(fields(Inner) == fields(Inner(1)), type(fields(Inner)).__name__)
