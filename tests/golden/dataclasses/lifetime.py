# When dataclass instances die: at the last reference, in field order when their owner dies, through replace() and asdict() temporaries, and at shutdown
from dataclasses import dataclass, field, replace, asdict


class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


@dataclass
class Holder:
    first: Res
    second: Res = field(default_factory=lambda: Res("factory"))

    def __del__(self):
        print("del Holder", self.first.name)


print("-- last reference")
h = Holder(Res("a"))
h = None
print("-- replace")
h = Holder(Res("b"), Res("c"))
h2 = replace(h, first=Res("d"))
print(h2)
del h
print("after del h")
del h2
print("-- asdict copies plain objects")
h = Holder(Res("e"), Res("f"))
d = asdict(h)
print(sorted(d))
del d
print("after del d")
del h


@dataclass(frozen=True)
class Frozen:
    res: Res


print("-- frozen, kept for shutdown")
keep = Frozen(Res("kept"))
other = Holder(Res("g"))
print("end of program")
