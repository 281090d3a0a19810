# WeakValueDictionary: values are held weakly; an entry leaves when its value dies.
import weakref
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V(%d)" % self.n
    def __del__(self): print("__del__", self.n)
d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"] = a; d["b"] = b; d["c"] = c
print(len(d), sorted(d.keys()), d["a"], "b" in d, "z" in d, d.get("z"), d.get("z", 0))
del b
print(len(d), sorted(d), "b" in d)
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in d.values()))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
del a, c
print(len(d), list(d))
