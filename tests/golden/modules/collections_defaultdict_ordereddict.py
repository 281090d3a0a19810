# collections: defaultdict factories (list, set, int, lambda, nested), OrderedDict ordering operations.
from collections import defaultdict, OrderedDict
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print(dict(graph), sorted(graph[3]), graph[99], len(graph))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t["a"]))
d = defaultdict(lambda: "missing")
print(d["k"], d, list(d.keys()))
d.default_factory = None
try:
    d["other"]
except KeyError as e:
    print("KeyError", e)
e = defaultdict(list, [("x", [1])])
e["y"].append(2)
print(e, e.copy(), e == {"x": [1], "y": [2]}, e.get("z"), "z" in e)
od = OrderedDict()
for k in "dcba":
    od[k] = ord(k)
print(od, list(od.items()))
od.move_to_end("c")
od.move_to_end("a", last=False)
print(list(od), od.popitem(), od.popitem(False), od)
od["new"] = 0
del od["b"]
print(od, list(reversed(od)), OrderedDict(zip("ab", (1, 2))), od.copy(), OrderedDict.fromkeys([1, 2]))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), od.get("new"), od.setdefault("z", 9), od)
