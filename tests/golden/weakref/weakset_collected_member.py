# WeakSet and the collector: a member in a cycle leaves the set when collected; a set
# holding its own members strongly elsewhere keeps them.
import gc, weakref
class M:
    def __init__(self, n): self.n = n
gc.collect()
s = weakref.WeakSet()
a = M(1); a.me = a
b = M(2)
s.add(a); s.add(b)
del a
print(len(s))
gc.collect()
print(len(s), [m.n for m in s])
