# WeakKeyDictionary finds keys by equality and hash, through the weakrefs' own.
import weakref
class K:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __hash__(self): return hash(self.n)
a = K(1)
d = weakref.WeakKeyDictionary()
d[a] = "first"
b = K(1)
print(d[b], b in d)
d[b] = "second"
print(len(d), d[a])
