class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        self.v += n
        return self

c = C(1)
m = c.get
print(m(), type(m).__name__)
print(m.__self__ is c, m.__func__ is C.get)
print(m.__name__, m.__qualname__)
print(C.get(c))
print(c.add(2).add(3).get())
f = C.add
print(type(f).__name__)
print(c.get == c.get, c.get is c.get)
d = C(2)
print(c.get == d.get)
c.get = lambda: "instance attr shadows method"
print(c.get())
del c.get
print(c.get())
def outside(self):
    return "outside " + str(self.v)
C.outside = outside
print(c.outside())
print(C.__dict__["get"] is C.get)
