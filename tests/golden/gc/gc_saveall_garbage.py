# DEBUG_SAVEALL: collected objects go to gc.garbage instead of being freed; their
# finalizers still run once.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug())
a = D("a"); b = D("b"); a.o = b; b.o = a
del a, b
print("collect ->", gc.collect())
print("garbage:", sorted(type(x).__name__ for x in gc.garbage))
print("names:", sorted(x.name for x in gc.garbage if isinstance(x, D)))
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing garbage ->", gc.collect())
