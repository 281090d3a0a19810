# lifetimes: a built-in subclass instance runs __del__, then releases its attributes, then the built-in value
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class L(list):
    def __del__(self): print("L.__del__", len(self))
l = L([D("item0"), D("item1")])
l.a = D("attr_a")
l.b = D("attr_b")
del l
print("--")
class Dc(dict):
    def __del__(self): print("Dc.__del__", list(self))
d = Dc(k=D("val"))
d.x = D("attr_x")
del d
print("--")
class T(tuple):
    def __del__(self): print("T.__del__", len(self))
t = T([D("t0"), D("t1")])
t.y = D("attr_y")
del t
print("--")
class S(str):
    def __del__(self): print("S.__del__", self)
s = S("text")
s.z = D("attr_z")
del s
print("--")
class E(Exception):
    def __del__(self): print("E.__del__")
e = E(D("arg"))
e.z = D("attr_z")
del e
print("end")
