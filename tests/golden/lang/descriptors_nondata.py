class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"

class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, c.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.nd = "assigned"
c.d = "assigned"
print(c.nd, c.d, c.__dict__)
print(C.nd, C.d)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class P:
    @Lazy
    def value(self):
        print("computing")
        return 42
p = P()
print(p.value, p.value, p.value)
print(type(P.value).__name__)
