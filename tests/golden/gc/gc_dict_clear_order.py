# A dict in a cycle is cleared entry by entry in insertion order (key, then value).
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
    def __hash__(self): return 1
gc.collect()
d = {}
d["self"] = d
d["x"] = D("value x")
d[D("key k")] = D("value k")
del d
print("collect ->", gc.collect())
