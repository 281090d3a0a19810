# Values that die while a WeakValueDictionary is iterated leave only after the iteration.
import weakref
class V:
    def __init__(self, n): self.n = n
d = weakref.WeakValueDictionary()
vals = {i: V(i) for i in range(5)}
for i, v in vals.items():
    d[i] = v
del v
seen = []
for k in d.keys():
    seen.append(k)
    if k == 1:
        del vals[3]
        print("during iteration len:", len(d.data))
print("seen:", seen)
print("after:", sorted(d), len(d))
