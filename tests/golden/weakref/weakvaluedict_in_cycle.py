# A WeakValueDictionary entry whose value dies in a collected cycle leaves the dict.
import gc, weakref
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
gc.collect()
d = weakref.WeakValueDictionary()
a = V(1); a.me = a
d["a"] = a
del a
print("before collect:", list(d))
print("collect ->", gc.collect())
print("after collect:", list(d))
