# dict subclass: construction forms, attributes, views, iteration, equality, repr
class Config(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.source = "defaults"
c = Config({"a": 1}, b=2)
print(c, c.source, list(c), list(c.keys()), list(c.values()), list(c.items()))
print(c == {"a": 1, "b": 2}, {"a": 1, "b": 2} == c, c.pop("a"), c, dict(c), type(dict(c)).__name__)
for k in c:
    print("key", k)
c.clear()
print(c, bool(c), len(c))
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
a = Attr(x=1)
print(a.x, a["x"])
try:
    a.y
except AttributeError as e:
    print("AttributeError", e)
