# WeakKeyDictionary's methods: pop, popitem, setdefault, update, copy, keyrefs, values.
import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary({ks[0]: 0})
d.update({ks[1]: 1})
print(sorted(d.values()))
print(d.setdefault(ks[2], 2), d.setdefault(ks[2], 99))
print(d.pop(ks[0]), d.pop(ks[3], "default"))
k, v = d.popitem()
print(k in ks, v in (1, 2), len(d))
e = d.copy()
print(type(e).__name__, len(e))
print(len(d.keyrefs()), d.keyrefs()[0]() in ks)
if ks[2] in d:
    del d[ks[2]]
else:
    del d[ks[1]]
print(len(d))
