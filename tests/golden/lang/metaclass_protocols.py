# A metaclass's special methods apply to its classes: call, len, iter, reversed, getitem, in, repr, setattr, delattr, properties and methods
class Registry(type):
    def __call__(cls, *args, **kw):
        print("calling", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("made", type(inst).__name__)
        return inst

    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __reversed__(cls):
        return iter(cls.items[::-1])

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, v):
        return v in cls.items

    def __repr__(cls):
        return f"<registry {cls.__name__}>"

    def __setattr__(cls, name, value):
        if name == "frozen":
            raise AttributeError(f"cannot set {name!r} on {cls.__name__}")
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)

    @property
    def size(cls):
        return len(cls.items)

    def describe(cls):
        return f"{cls.__name__} with {len(cls)} items"


class Box(metaclass=Registry):
    items = ["a", "b", "c"]

    def __init__(self, label, n=0):
        self.label = label
        self.n = n


b = Box("x", n=2)
print(b.label, b.n)
print(len(Box), list(Box), list(reversed(Box)), Box[1], "b" in Box, "z" in Box)
print(repr(Box), str(Box), f"{Box!r}", [Box])
print(Box.size, Box.describe())
Box.extra = 5
print(Box.extra)
del Box.extra
print(hasattr(Box, "extra"))
try:
    Box.frozen = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.size
except AttributeError as e:
    print("AttributeError:", e)
# Instances are not affected by the metaclass's methods.
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)
print(type(Box) is Registry, type(b) is Box, Box.__class__ is Registry)


class Sub(Box):
    items = [1, 2]


print(len(Sub), Sub.describe(), repr(Sub))
s = Sub("y")
print(type(s).__name__, s.label)
