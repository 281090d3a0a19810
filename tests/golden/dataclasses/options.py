# @dataclass(...) options: init=False, repr=False, eq=False, order=True, unsafe_hash=True, frozen=True and their hash rules
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


p = Plain(1)
print(type(repr(p)).__name__, p == Plain(1), p == p, hash(p) == hash(p))


@dataclass(init=False)
class NoInit:
    a: int = 5


n = NoInit()
print(n, n.a)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: str


print(hash(Hashed(1, "x")) == hash((1, "x")), len({Hashed(1, "x"), Hashed(1, "x")}))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"


f = Frozen(1)
print(f, hash(f) == hash((1, "b")), {f: 1}[Frozen(1, "b")])


@dataclass(eq=False)
class IdentityHash:
    a: int


i = IdentityHash(1)
print(i == IdentityHash(1), hash(i) == hash(i), IdentityHash.__hash__ is object.__hash__ if hasattr(object, "__hash__") else True)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(frozen=True)
class FrozenExplicit:
    a: int

    def __hash__(self):
        return 7


print(hash(FrozenExplicit(1)))
print(Version.__match_args__, Frozen.__match_args__)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))
