class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def k(cls, a):
        return a

def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

c = C()
show(c.m, 1)
show(c.m)
show(c.m, 1, 2)
show(C.m, c)
show(C.m, c, 1)
show(c.m, b=1)
show(c.m, 1, a=2)
show(C.s)
show(C.s, 1, 2)
show(C.k)
show(c.k, 5)
class D:
    def __init__(self, x):
        self.x = x
show(D)
show(D, 1, 2)
show(lambda d: d.x, D(7))
