# Slot values die when the slot is overwritten or deleted and with their instance, slots of the most derived class first, each class's in sorted order, then the __dict__ values
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Base:
    __slots__ = ("beta", "alpha")

class Derived(Base):
    __slots__ = ("zeta", "eta")

d = Derived()
d.zeta = Noisy("zeta")
d.alpha = Noisy("alpha")
d.eta = Noisy("eta")
d.beta = Noisy("beta")
d.alpha = Noisy("alpha 2")
print("overwrote alpha")
del d.eta
print("deleted eta")
Derived.zeta.__set__(d, Noisy("zeta 2"))
print("set through the member")
del d
print("instance gone")

class Open(Base):
    pass

o = Open()
o.second = Noisy("dict second")
o.beta = Noisy("slot beta")
o.first = Noisy("dict first")
o.alpha = Noisy("slot alpha")
print(sorted(vars(o)))
del o
print("open instance gone")

o = Open()
o.x = Noisy("dict x")
o.alpha = Noisy("slot alpha")
ns = o.__dict__
del o
print("kept dict:", list(ns))
del ns
print("end")
