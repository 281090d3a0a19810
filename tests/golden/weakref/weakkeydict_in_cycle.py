# A WeakKeyDictionary entry whose key dies in a collected cycle leaves the dict; a value
# that refers to its own key keeps the entry alive (the classic WeakKeyDictionary leak).
import gc, weakref
class K:
    def __init__(self, n): self.n = n
gc.collect()
d = weakref.WeakKeyDictionary()
k = K(1); k.me = k
d[k] = "v"
del k
print("before:", len(d), "collect ->", gc.collect() > 0, "after:", len(d))
k2 = K(2)
d[k2] = [k2]
del k2
gc.collect()
print("value referring to its key keeps it:", len(d))
