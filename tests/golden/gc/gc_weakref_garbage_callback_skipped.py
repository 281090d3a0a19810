# A weakref that is itself part of the garbage does not get its callback called.
import gc, weakref
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a = D("a"); b = D("b"); a.o = b; b.o = a
a.w = weakref.ref(b, lambda r: print("  never called"))
outside = weakref.ref(a, lambda r: print("  outside callback called"))
del a, b
print("collect ->", gc.collect())
