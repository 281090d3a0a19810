class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    def delx(self):
        print("deleting")
    x = property(getx, setx, delx, "the x")
    ro = property(lambda self: "read only")

c = C()
c.x = 5
print(c.x, C.x.__doc__)
del c.x
print(c.ro)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
# the property lives on the class; the instance dict cannot shadow it
c.__dict__["x"] = "in dict"
print(c.x, c.__dict__["x"])

class Sub(C):
    @C.x.getter
    def x(self):
        return "sub " + str(self._x)
s = Sub()
s.x = 4
print(s.x)
print(C.x is Sub.x)
