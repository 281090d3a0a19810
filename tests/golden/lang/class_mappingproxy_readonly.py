# A mappingproxy cannot be changed through: CPython's errors for item assignment and deletion, attributes, |=, hashing and bad constructor arguments
class C:
    x = 1

mp = C.__dict__
MappingProxyType = type(mp)
attempts = [
    lambda: mp.__setitem__("x", 2),
    lambda: mp.pop("x"),
    lambda: mp.clear(),
    lambda: hash(mp),
    lambda: MappingProxyType([1, 2]),
    lambda: MappingProxyType((1,)),
    lambda: MappingProxyType(5),
    lambda: MappingProxyType(),
    lambda: mp.update({}),
    lambda: mp | 5,
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    mp["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del mp["x"]
except TypeError as e:
    print("TypeError", e)
try:
    mp.y = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    mp |= {"y": 3}
except TypeError as e:
    print("TypeError", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError", e)
print(C.x, "y" in mp, type(mp).__name__)
d = {"a": 1}
view = MappingProxyType(d)
try:
    view["b"] = 2
except TypeError as e:
    print("TypeError", e)
print(d, view, MappingProxyType(view), MappingProxyType(mapping=d))
