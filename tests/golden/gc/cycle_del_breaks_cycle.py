# A __del__ that breaks the cycle itself: the rest dies by refcount during finalization,
# so collect() does not count it.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("  __del__", self.name)
        self.__dict__.pop("o", None)
gc.collect()
a = D("a"); b = D("b"); a.o = b; b.o = a
del a, b
print("collect ->", gc.collect())
