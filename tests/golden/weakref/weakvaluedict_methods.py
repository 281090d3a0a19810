# WeakValueDictionary's methods: pop, popitem, setdefault, update, copy, del, valuerefs.
import weakref
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V(%d)" % self.n
vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary({"x": vals[0]}, y=vals[1])
print(sorted(d.items(), key=lambda kv: kv[0]))
d.update({"z": vals[2]})
print(d.pop("x"), d.pop("missing", "default"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("y", vals[3]), d.setdefault("w", vals[4]))
del d["z"]
print(sorted(d))
e = d.copy()
print(type(e).__name__, sorted(e))
print(len(d.valuerefs()), all(r() is not None for r in d.valuerefs()))
k, v = d.popitem()
print(k in ("y", "w"), len(d))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
