# WeakSet's set operations and comparisons.
import weakref
class M:
    def __init__(self, n): self.n = n
ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
t = weakref.WeakSet(ms[2:])
def names(ws): return sorted(m.n for m in ws)
print(names(s | t), names(s & t), names(s - t), names(s ^ t))
print(names(s.union(ms[4:])), names(s.intersection(ms[1:2])), names(s.difference(ms[:1])))
print(s.issubset(ms), s <= t, s.issuperset(ms[:2]), s == weakref.WeakSet(ms[:3]), s != t)
print(s.isdisjoint(weakref.WeakSet(ms[3:])))
u = s.copy(); u |= t
print(names(u))
u &= s
print(names(u))
u -= weakref.WeakSet(ms[:1])
print(names(u))
u.clear()
print(len(u))
