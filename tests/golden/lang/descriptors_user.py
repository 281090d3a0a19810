class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        print("get", self.name, obj is None, objtype.__name__)
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)

class C:
    a = Verbose()
    b = Verbose()

c = C()
print(c.a)
c.a = 1
print(c.a)
print(C.a is C.__dict__["a"])
del c.a
print(c.a)
c.b = "bee"
print(sorted(c.__dict__))
