# A cycle that is still referenced from outside is not garbage; once the outside
# reference goes, the next collection finds it.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a = D("a"); b = D("b"); a.o = b; b.o = a
keep = [b]
del a, b
print("collect with external ref ->", gc.collect())
keep.clear()
print("collect after clearing ->", gc.collect())
