# field(): default, default_factory, init=False, repr=False, compare=False, hash=, metadata; fields() and the order of field evaluation
from dataclasses import dataclass, field, fields, MISSING

made = []


def factory():
    made.append(len(made))
    return list(made)


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
    history: list = field(default_factory=factory, repr=False)
    secret: str = field(default="s", repr=False, compare=False)
    computed: int = field(init=False, default=0)
    later: list = field(init=False, default_factory=list)
    meta: dict = field(default=None, metadata={"unit": "kg"})


a = Item("a")
b = Item("b", 2, ["x"], secret="other")
print(a)
print(b)
print(a.tags is not Item("c").tags, a.history, b.history, a.computed, a.later, a.secret)
print(Item("a") == Item("a", secret="different"), Item("a") == Item("a", qty=2))
print([f.name for f in fields(Item)])
print([(f.name, f.init, f.repr, f.compare, f.hash) for f in fields(a)])
print(fields(Item)[0].type, fields(Item)[1].default, fields(Item)[2].default_factory is list)
print(fields(Item)[0].default is MISSING, fields(Item)[-1].metadata["unit"], len(fields(Item)[0].metadata))
print(Item.qty, Item.secret, Item.computed, hasattr(Item, "tags"), hasattr(Item, "name"))
print(Item.__doc__)
print(fields(Item)[0])


@dataclass
class WithHashFlags:
    a: int = field(hash=False)
    b: int = field(compare=False, hash=True)
    c: int = 0


print([(f.name, f.hash, f.compare) for f in fields(WithHashFlags)])
