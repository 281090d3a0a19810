class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1

a = C("a")
b = C("b")
print(C.count, a.count, b.count)
a.shared.append(1)
print(b.shared, C.shared)
a.count = 100
print(a.count, b.count, C.count)
print(sorted(a.__dict__.items()))
print("count" in C.__dict__, "name" in C.__dict__)
del a.count
print(a.count)
C.new_attr = "added later"
print(a.new_attr, b.new_attr)
print(getattr(a, "name"), getattr(a, "missing", "default"))
setattr(b, "dyn", 5)
print(b.dyn, hasattr(b, "dyn"), hasattr(a, "dyn"))
delattr(b, "dyn")
print(hasattr(b, "dyn"))
try:
    a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
