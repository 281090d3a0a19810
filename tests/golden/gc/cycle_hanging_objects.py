# Objects hanging off a cycle (reachable only from it) are garbage too: all finalizers run
# before anything is cleared; the leaf objects then die by refcount.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
leaf = D("leaf (created first)")
a = D("a"); b = D("b"); a.o = b; b.o = a
b.leaf = leaf
a.data = [D("in list"), {"k": D("in dict")}]
del leaf, a, b
print("collect ->", gc.collect())
