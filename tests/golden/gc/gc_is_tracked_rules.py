# gc.is_tracked: atomic objects never; dicts of atomic values start untracked and become
# tracked when a container is stored; tuples of atomic items are untracked by a collection.
import gc
print("atoms:", [gc.is_tracked(x) for x in (1, 1.5, "s", None, True, 10**30)])
print("containers:", [gc.is_tracked(x) for x in ([], set(), frozenset(), (1, []), lambda: 0)])
print("empty tuple:", gc.is_tracked(()))
d = {}
print("empty dict:", gc.is_tracked(d))
d["a"] = 1
print("atomic value:", gc.is_tracked(d))
d["b"] = []
print("list stored:", gc.is_tracked(d))
d["b"] = 2
print("list replaced (still tracked):", gc.is_tracked(d))
gc.collect(1)
print("after collect(1):", gc.is_tracked(d))
gc.collect()
print("after full collect:", gc.is_tracked(d))
print("display with list:", gc.is_tracked({"x": [1]}))
print("display atomic:", gc.is_tracked({"x": 1, "y": "z"}))
print("dict() kwargs:", gc.is_tracked(dict(a=1)))
print("comprehension:", gc.is_tracked({k: k for k in range(3)}))
print("nested dict value:", gc.is_tracked({"d": {}}))
t = tuple([1, 2, 3])
print("tuple before collect:", gc.is_tracked(t))
gc.collect()
print("tuple after collect:", gc.is_tracked(t))
u = tuple([1, []])
gc.collect()
print("tuple holding a list after collect:", gc.is_tracked(u))
class C:
    pass
c = C(); c.x = 1
print("instance:", gc.is_tracked(c), "class:", gc.is_tracked(C))
