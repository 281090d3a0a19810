# str subclass instances as dict keys, attribute names and join items
class Key(str):
    pass
k = Key("name")
d = {k: 1}
print(d["name"], d[Key("name")], "name" in d, list(d)[0] is k, type(list(d)[0]).__name__)
class Obj: pass
o = Obj()
setattr(o, Key("attr"), 5)
print(o.attr, getattr(o, Key("attr")), hasattr(o, Key("attr")), vars(o))
print(", ".join([Key("a"), "b", Key("c")]), Key("a,b").split(","), Key(" x ").strip())
