# Two independent cycles collected by one collection: finalizers in creation order
# across both.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a1 = D("a1"); b1 = D("b1"); a2 = D("a2"); b2 = D("b2")
a1.o = b1; b1.o = a1
a2.o = b2; b2.o = a2
del a1, b1, a2, b2
print("collect ->", gc.collect())
