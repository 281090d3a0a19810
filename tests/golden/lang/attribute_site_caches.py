# One attribute site seeing changing classes, shadowing, descriptors and namespace changes: every access gives what the generic lookup gives.


class A:
    def __init__(self, v):
        self.v = v

    def m(self):
        return "A.m", self.v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v

    def m(self):
        return "B.m", self.v


def read(o):
    return o.v


def call(o):
    return o.m()


def store(o, x):
    o.v = x
    return o.v


def bump(o):
    o.v += 1
    return o.v


objs = [A(1), B(2), A(3)]
for _ in range(3):
    print([read(o) for o in objs], [call(o) for o in objs])
    print([store(o, 10) for o in objs], [bump(o) for o in objs])

# An instance attribute shadows the method once it exists.
a = A(5)
print(call(a))
a.m = lambda: "instance m"
print(call(a))
del a.m
print(call(a))

# Replacing the method on the class.
A.m = lambda self: ("new A.m", self.v)
print(call(a), call(A(7)))

# A property added after the site cached plain values.
print(read(a))
A.v = property(lambda self: "property v")
print(read(a))
try:
    store(a, 1)
except AttributeError as e:
    print("AttributeError:", e)
del A.v
print(read(a), store(a, 42))

def sa(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 2)


A.__setattr__ = sa
print(store(a, 3))
del A.__setattr__
print(store(a, 3))

# __dict__ materialized: stores through the site land in the dict.
d = a.__dict__
print(store(a, 99), d)
d["v"] = "via dict"
print(read(a))


# Classes created and dropped in a loop reuse addresses.
def make(i):
    class C:
        def __init__(self):
            self.v = i

        def m(self):
            return "C", i

    return C()


for i in range(5):
    c = make(i)
    print(read(c), call(c))
    del c

# Attribute missing on one instance of a cached class.
class D:
    def __init__(self, has):
        if has:
            self.v = "has"


print(read(D(True)))
try:
    read(D(False))
except AttributeError as e:
    print("AttributeError:", e)


class E:
    v = "class default"


e1 = E()
print(read(e1))
e1.v = "own"
print(read(e1), read(E()))


class F:
    __slots__ = ("v",)


f = F()
print(store(f, 1), read(f))
try:
    store(A.__new__(A), 2)
    print(read(object.__new__(F)))
except AttributeError as e:
    print("AttributeError:", e)
