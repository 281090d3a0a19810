def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%r)" % (self.v,)
d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, K(3) in d, d.get(K(3), "none"))
d[K(1)] = "uno"
print(d, len(d))
t(lambda: d[K(9)])
class M:
    def __init__(self): self.data = {"x": 1, "y": 2}
    def keys(self): return ["y", "x"]
    def __getitem__(self, k): return self.data[k] * 10
e = {}
e.update(M())
print(e, dict(M()))
f = {"a": 1}
g = f.copy()
g["a"] = 2
print(f, g, {}.fromkeys("ab", 0), dict.fromkeys(range(3)))
h = {1: "a", 2: "b"}
def vals():
    for v in h.values():
        h[3] = v
t(vals)
def items():
    for kv in h.items():
        del h[1]
t(items)
print(h)
i = {"x": 1}
i.update(x=2, y=3)
i.update([("z", 0)], z=1)
print(i, i.pop("x"), i.setdefault("w", []), i)
i["w"].append(5)
print(i, list(i.items())[-1])
print({True: 1, 1.0: 2, 1: 3}, {0.5: "h", (1, (2,)): "t"})
t(lambda: {[1]: 2})
t(lambda: {}.setdefault([], 1))
t(lambda: {}.pop([]))
t(lambda: {"a": 1}.update({"b": 2}) or "updated")
