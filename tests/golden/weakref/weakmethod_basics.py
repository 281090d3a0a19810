# WeakMethod: calling it gives a new bound method while the object lives; it dies with
# the object.
import weakref
class C:
    def __init__(self, n): self.n = n
    def get(self): return self.n
c = C(7)
wm = weakref.WeakMethod(c.get)
m = wm()
print(m(), m.__self__ is c, m.__func__ is C.get, m == c.get)
print(wm() is wm())
print(repr(wm).startswith("<weakref at 0x"), "to 'C'" in repr(wm))
del m, c
print(wm())
print(repr(wm).endswith("; dead>"))
