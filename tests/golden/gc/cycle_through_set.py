# A cycle through a set: set -> instance -> set.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
s = set()
x = D("x"); x.s = s; s.add(x)
del s, x
print("collect ->", gc.collect())
f = D("frozen member")
fs = frozenset([f]); f.fs = fs
del f, fs
print("collect ->", gc.collect())
