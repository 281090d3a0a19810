def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(repr(k), str(v))
print(len(k), len(v), len(i))
print(list(k), list(v), list(i))
print("a" in k, "z" in k, 1 in v, 5 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["c"] = 3
print(k, v, i, len(k))
for key in k:
    print("key", key)
for val in v:
    print("val", val)
for key, val in i:
    print("item", key, val)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(sorted(d.keys()), sorted(d.values(), reverse=True), sorted(d.items()))
print(tuple(k), list(reversed(list(k))))
print(k == ["a", "b", "c"], list(k) == ["a", "b", "c"])
e = {}
print(e.keys(), e.values(), e.items(), bool(e.keys()), bool(k))
print(iter(k).__class__.__name__, iter(v).__class__.__name__, iter(i).__class__.__name__)
def mutate():
    for key in d:
        d["new"] = 1
t(mutate)
print(d)
def mutate2():
    for key in d.keys():
        del d["a"]
t(mutate2)
print(d)
def mutate3():
    for key, val in d.items():
        d[key] = val * 10
    return d
t(mutate3)
nested = {"x": {"y": [1, {"z": ()}]}, 2: None, (1,): 1.5}
print(nested)
print(nested.items())
kk = {"q": [1]}.keys()
print(max(kk), min({"b": 1, "a": 2}.values()), sum({"a": 1, "b": 2}.values()))
t(lambda: k[0])
