# gc.collect() called from a __del__ that runs during a collection returns 0 at once.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("  __del__", self.name, "inner collect ->", gc.collect())
gc.collect()
a = D("a"); a.me = a
del a
print("collect ->", gc.collect())
