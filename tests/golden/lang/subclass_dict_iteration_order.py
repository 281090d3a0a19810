# a dict subclass keeps insertion order and supports the usual dict protocol
class OD(dict):
    def __repr__(self):
        return "OD(" + super().__repr__() + ")"
o = OD()
o["z"] = 1
o["a"] = 2
o["m"] = 3
del o["a"]
o["a"] = 4
print(o, list(o), list(o.items()), len(o))
print({**o}, dict(o, extra=5))
print(sorted(o), max(o), "z" in o, o.get("m"), o.popitem(), o)
