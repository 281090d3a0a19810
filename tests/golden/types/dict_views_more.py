def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
del d["b"]
print(k, len(k), list(k))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(d.items() == d.items(), d.keys() == d.keys())
print(list(zip(d.keys(), d.values())), dict(d.items()), dict(zip(d.values(), d.keys())))
for key in list(d):
    if key == "a":
        del d[key]
print(d)
t(lambda: d.keys().x)
t(lambda: len(d.values()) + len(d.items()))
t(lambda: ("c", 3) in d.items())
t(lambda: ["c", 3] in d.items())
t(lambda: [] in d.keys())
t(lambda: [] in d.values())
t(lambda: repr({}.keys()))
e = {1: "a"}
v = e.values()
e[2] = "b"
print(v, sorted(v), "a" in v)
r = {}
r["me"] = r.keys()
print(r)
s = {}
s["v"] = s.values()
print(s)
