# Resurrection from __del__ inside a cycle: the finalizer stores self in a global list;
# nothing of the cycle is freed; __del__ never runs again for it.
import gc
saved = []
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("  __del__", self.name)
        if self.name == "a":
            saved.append(self)
gc.collect()
a = D("a"); b = D("b"); a.o = b; b.o = a
del a, b
print("collect ->", gc.collect())
print("saved:", [x.name for x in saved], saved[0].o.name)
print("is_finalized:", gc.is_finalized(saved[0]), gc.is_finalized(saved[0].o))
saved.clear()
print("collect after dropping ->", gc.collect())
