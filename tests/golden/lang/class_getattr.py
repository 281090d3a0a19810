# __getattr__ as a fallback (its own AttributeError propagates) and a user __getattribute__
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("bad"):
            raise AttributeError(name + " is bad")
        return getattr(self.target, name)

class T:
    val = 10
    def m(self):
        return "T.m"

p = Proxy(T())
print(p.val)
print(p.m())
print(p.target.val)
try:
    p.bad_one
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "bad_two"))
print(getattr(p, "bad_three", "default"))

class Dyn:
    x = 1
    def __getattr__(self, name):
        return name.upper()
d = Dyn()
print(d.x, d.hello, d.world)
d.x = 5
print(d.x)

class G:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = G()
g.a = 1
print(g.a)
print(g.zzz)
