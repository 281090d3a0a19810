class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "M(%r)" % self.v
    def __add__(self, o):
        print("M.__add__", o)
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented
    def __radd__(self, o):
        print("M.__radd__", o)
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rpow__(self, o):
        return "rpow"

m = M(5)
print(m + 1)
print(1 + m)
print(10 - m, 3 * m, 1 / m, 2 ** m)
print(sum([M(1), M(2), M(3)]))
try:
    m + "s"
except TypeError as e:
    print(type(e).__name__, e)
print("s" + "t")

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class NoAdd:
    pass
try:
    NoAdd() + NoAdd()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoAdd() * 2
except TypeError as e:
    print(type(e).__name__, e)
