def append(item, target=[]):
    target.append(item)
    return target

a = append(1)
b = append(2)
print(a, b, a is b)
print(append(3, []))
print(append(4))
print(append.__defaults__)

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(counter(), counter(), counter())
print(counter.__defaults__)
counter.__defaults__ = ({"n": 100},)
print(counter(), counter())

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
