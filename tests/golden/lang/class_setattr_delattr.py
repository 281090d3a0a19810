class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

l = Logged()
l.b = 2
l.a += 10
print(l.a, l.b)
del l.b
print(hasattr(l, "b"))
setattr(l, "c", 3)
delattr(l, "c")
try:
    del l.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("frozen: cannot delete " + name)
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.v
except AttributeError as e:
    print(type(e).__name__, e)
print(f.v)
