# In a collection, weakref callbacks (of weakrefs that are not garbage) run before any
# __del__ of the garbage.
import gc, weakref
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a = D("a"); b = D("b"); a.o = b; b.o = a
wa = weakref.ref(a, lambda r: print("  callback for a, dead:", r() is None))
wb = weakref.ref(b, lambda r: print("  callback for b, dead:", r() is None))
del a, b
print("collect ->", gc.collect())
