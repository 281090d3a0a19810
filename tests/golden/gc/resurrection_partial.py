# A finalizer that resurrects an object that is not itself: the whole cycle survives.
import gc
keep = None
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        global keep
        print("  __del__", self.name)
        if self.name == "b":
            keep = self.o
gc.collect()
a = D("a"); b = D("b"); c = D("c")
a.o = b; b.o = c; c.o = a
del a, b, c
print("collect ->", gc.collect())
print("kept:", keep.name, keep.o.name, keep.o.o.name)
keep = None
print("collect ->", gc.collect())
