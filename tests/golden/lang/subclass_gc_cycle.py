# the cycle collector reclaims a list subclass that contains itself and a dict subclass in a cycle
import gc
gc.disable()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class L(list):
    pass
l = L()
l.append(l)
l.append(D("in list"))
l.tag = D("tag")
del l
print("collected", gc.collect())
class M(dict):
    pass
m = M()
m["self"] = m
m.marker = D("marker")
del m
print("collected", gc.collect())
