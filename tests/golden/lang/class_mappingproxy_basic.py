# A class's __dict__ is a mappingproxy: its repr, item access, get/keys/values/items/copy, in, len, iteration, == and |
class Point:
    """A point."""
    dims = 2

    def norm(self):
        return 0

mp = Point.__dict__
print(type(mp).__name__, type(mp).__module__, type(mp))
print(mp)
print(mp["dims"], mp.get("dims"), mp.get("missing"), mp.get("missing", -1))
print("norm" in mp, "missing" in mp, len(mp))
print(list(mp), list(mp.keys()), [type(v).__name__ for v in mp.values()])
print([k for k, v in mp.items() if v == 2])
print(type(mp.keys()).__name__, type(mp.values()).__name__, type(mp.items()).__name__)
copy = mp.copy()
print(type(copy).__name__, copy == mp, mp == copy, mp != copy)
copy["extra"] = 1
print(mp == copy, "extra" in mp)
merged = mp | {"dims": 3, "z": 0}
print(type(merged).__name__, merged["dims"], merged["z"])
left = {"dims": 4} | mp
print(type(left).__name__, left["dims"])
print(list(reversed(type(mp)({"a": 1, "b": 2}))))
for name in mp:
    if not name.startswith("__"):
        print("name", name)
print(bool(mp), bool(type(mp)({})))
print(str(type(mp)({"k": "v"})), repr(type(mp)({"k": "v"})))

class Empty:
    pass

print(Empty.__dict__)
print(Empty.__doc__, Empty.__dict__["__doc__"])
print(vars(Empty) == Empty.__dict__, type(vars(Empty)).__name__)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)
print(type(object.__dict__).__name__)
