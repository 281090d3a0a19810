# frozen=True: FrozenInstanceError (an AttributeError) on assignment and deletion, object.__setattr__ escape, frozen inheritance rules
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list)


f = Frozen(1)
for action in ("assign", "delete", "new"):
    try:
        if action == "assign":
            f.a = 2
        elif action == "delete":
            del f.a
        else:
            f.c = 3
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError))
f.b.append(1)
print(f)
object.__setattr__(f, "a", 99)
print(f, Frozen.__setattr__.__qualname__, Frozen.__delattr__.__name__)
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__)


@dataclass(frozen=True)
class Child(Frozen):
    c: int = 0


c = Child(1, [2], 3)
print(c)
try:
    c.c = 4
except AttributeError as e:
    print("AttributeError:", e)


class NotData(Frozen):
    pass


n = NotData(5)
n.extra = 1
print(n, n.extra)
try:
    n.a = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

try:
    @dataclass
    class Thawed(Frozen):
        d: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Regular:
    a: int


try:
    @dataclass(frozen=True)
    class Refrozen(Regular):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
