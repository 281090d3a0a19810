# __class__ assignment between classes with the same __slots__: the values stay in their slots, read through the new class's members and the attribute-site caches
class P:
    __slots__ = ("x", "y")

    def total(self):
        return self.x + self.y

class Q:
    __slots__ = ("y", "x")

    def total(self):
        return self.x * self.y

def read(obj):
    try:
        return obj.x, obj.y
    except AttributeError as e:
        return str(e)

objs = []
for i in range(5):
    p = P()
    p.y = i
    p.x = i + 1
    objs.append(p)
for round in range(3):
    print([read(o) for o in objs], [o.total() for o in objs])
    objs[round].__class__ = Q if type(objs[round]) is P else P
print([type(o).__name__ for o in objs])
print(Q.x.__get__(objs[0]), P.y.__get__(objs[3]))
try:
    P.x.__get__(objs[0])
except TypeError as e:
    print("TypeError", e)
half = P()
half.x = 1
half.__class__ = Q
print(read(half))
half.y = 2
print(read(half), half.total())
del half.x
half.__class__ = P
print(read(half))

class Named:
    __slots__ = ("name", "__dict__")

class Renamed:
    __slots__ = ("name", "__dict__")

n = Named()
n.extra = 1
n.name = "slot"
n.__class__ = Renamed
print(n.name, n.__dict__, type(n).__name__)
n.more = 2
print(vars(n))

def site(obj):
    return obj.extra

class A:
    pass

class B:
    pass

for i in range(10):
    a = A()
    a.pad = 0
    a.extra = i
    if i % 3 == 0:
        a.__class__ = B
    print(site(a), end=" ")
print()
