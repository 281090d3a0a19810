# collections: defaultdict, OrderedDict and Counter: methods, arithmetic, reprs and errors.
from collections import defaultdict, OrderedDict, Counter
d = defaultdict(int)
d["a"] += 1
d["b"]
print(d, repr(defaultdict()), defaultdict(list, a=[1]), d.default_factory, len(d), "a" in d, "z" in d)
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups, sorted(groups), groups.get("z"), list(groups.items()))
print(d == {"a": 1, "b": 0}, d.copy(), d.pop("b"), d, d.setdefault("c", 5), d)
n = defaultdict(None, {"x": 1})
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], len(nested))
o = OrderedDict(a=1, b=2)
o["c"] = 3
o.move_to_end("a")
print(o, list(o), list(o.keys()), list(o.values()))
o.move_to_end("c", last=False)
print(o, o.popitem(), o.popitem(last=False), o, OrderedDict())
print(OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]),
      OrderedDict([("x", 1), ("y", 2)]) == {"y": 2, "x": 1}, OrderedDict.fromkeys("ab", 0))
for t in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("x"), lambda: OrderedDict(1, 2)]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
c = Counter("abracadabra")
print(c, c.most_common(2), sorted(c.elements()), c.total(), c["z"], Counter(), len(c))
print(c + Counter("aaz"), c - Counter("aaaaaaa"), c & Counter("ab"), c | Counter("zzz"))
print(-Counter(a=-1, b=2), +Counter(a=-1, b=2), Counter({"x": 3, "y": 1}), Counter(a=2, b=5))
c.subtract("aaa")
print(c)
c.update({"q": 3})
c.update("zz")
print(c, c.most_common(1), c.most_common(0))
del c["q"]
del c["not there"]
print(c)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
c2 = Counter(a=3, b=1)
c2 += Counter(a=1, c=-1)
print(c2)
c2 -= Counter(b=5)
print(c2, c2 == Counter(a=4), Counter(a=1) == {"a": 1})
for t in [lambda: Counter(1), lambda: Counter(1, 2), lambda: Counter.fromkeys("ab")]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
