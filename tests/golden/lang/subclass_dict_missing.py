# dict subclasses: __missing__, overridden __setitem__, and which methods bypass overrides
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "abracadabra":
    c[w] = c[w] + 1
print(c, c["z"], c.get("z"), "z" in c, len(c))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
u.setdefault("c", 3)
print(u, type(u).__name__, isinstance(u, dict))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = Auto()
        return v
tree = Auto()
tree["x"]["y"]["z"] = 1
print(tree)
class NoMissing(dict): pass
try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError", e)
