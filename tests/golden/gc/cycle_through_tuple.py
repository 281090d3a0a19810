# A cycle through a tuple: a tuple cannot hold itself, but tuple -> list -> tuple can.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
l = [D("in list")]
t = (D("in tuple"), l)
l.append(t)
del l, t
print("collect ->", gc.collect())
x = D("x")
x.t = (1, 2, x)
del x
print("collect ->", gc.collect())
