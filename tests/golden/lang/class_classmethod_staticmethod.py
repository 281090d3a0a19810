class C:
    count = 0
    def __init__(self, v):
        self.v = v
    @classmethod
    def create(cls, v):
        cls.count += 1
        return cls(v)
    @staticmethod
    def helper(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__

class D(C):
    pass

c = C.create(1)
d = D.create(2)
print(type(c).__name__, type(d).__name__, c.v, d.v)
print(C.count, D.count)
print(C.helper(1, 2), c.helper(3, 4), D.helper("a", "b"))
print(C.name(), D.name(), d.name())
print(type(C.__dict__["create"]).__name__, type(C.__dict__["helper"]).__name__)
print(C.__dict__["helper"].__func__(5, 6))
print(type(C.create).__name__, C.create.__self__ is C)
print(type(C.helper).__name__)
sm = staticmethod(lambda: "wrapped")
print(sm.__func__())
class E:
    f = staticmethod(len)
print(E.f("abc"), E().f("ab"))
