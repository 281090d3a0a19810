# A cycle through dicts: dict -> instance -> dict; values and keys that are containers.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
d = {"a": D("a"), "b": D("b")}
d["a"].back = d
del d
print("collect ->", gc.collect())
k = D("key"); v = D("value")
m = {k: v}
v.m = m
del k, v, m
print("collect ->", gc.collect())
