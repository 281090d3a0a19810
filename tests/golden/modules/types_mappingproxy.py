# types.MappingProxyType is the type of a class's __dict__: a read-only live view of a mapping
import types
d = {"a": 1}
m = types.MappingProxyType(d)
print(m, m["a"], len(m), "a" in m, list(m), m.get("z", 0))
d["b"] = 2
print(m, m == {"a": 1, "b": 2})
print(type(int.__dict__) is types.MappingProxyType, isinstance(m, types.MappingProxyType))
def store():
    m["c"] = 3
for action in [store, lambda: types.MappingProxyType([1])]:
    try:
        action()
    except TypeError as e:
        print("TypeError", e)
