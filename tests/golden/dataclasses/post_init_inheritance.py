# __post_init__ (with InitVar), field inheritance and overriding defaults in subclasses, super() in dataclass methods
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class Base:
    x: int
    y: int = 1

    def __post_init__(self):
        print("Base.__post_init__", self)
        self.total = self.x + self.y


@dataclass
class Derived(Base):
    z: int = 2
    y: int = 10

    def __post_init__(self):
        print("Derived.__post_init__")
        super().__post_init__()
        self.total += self.z


d = Derived(1)
print(d, d.total, [f.name for f in fields(d)])
print(Derived(1, 2, 3), Derived.__match_args__, Derived.__doc__)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    scaled: int = field(init=False)

    def __post_init__(self, scale):
        print("scale", scale)
        self.scaled = self.a * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 5), [f.name for f in fields(w)])
print(WithInitVar.__doc__, hasattr(w, "scale"), WithInitVar.scale)


class Mixin:
    def hello(self):
        return f"hello from {type(self).__name__}"


@dataclass
class Mixed(Mixin, Base):
    w: str = "w"


m = Mixed(4)
print(m, m.hello(), m.total)


@dataclass
class NoPost(Base):
    pass


print(NoPost(7), NoPost(7).total)
