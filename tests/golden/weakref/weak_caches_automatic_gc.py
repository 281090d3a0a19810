# WeakValueDictionary and WeakKeyDictionary used as caches across automatic collections.
import gc, weakref
class Obj:
    def __init__(self, k): self.k = k; self.me = self
cache = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
for i in range(3000):
    o = Obj(i)
    cache[i] = o
    keys[o] = i
del o
print("some gone automatically:", len(cache) < 3000, len(keys) < 3000)
gc.collect()
print(len(cache), len(keys))
