d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d, list(d.keys()), list(d.values()))
print(d.popitem(), d)
d.update({"a": 0, "z": 9})
print(d)
e = {1: "one", 1.0: "float one", True: "true"}
print(e, len(e))
f = {(1, 2): "t", 2.5: "f", None: "n", "s": "s", 10 ** 20: "big", -1: "neg"}
print(f, f[(1, 2)], f[None], f[10 ** 20], f[-1])
print({k: v for k, v in [("x", 1), ("y", 2), ("x", 3)]})
g = dict.fromkeys(["q", "p", "q"], [])
g["q"].append(1)
print(g)
print({**{"a": 1}, "b": 2, **{"a": 3}})
