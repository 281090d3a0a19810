# Inside a callback the weakref is already dead and the object's other weakrefs too.
import weakref
class C:
    pass
c = C()
other = weakref.ref(c)
w = weakref.ref(c, lambda r: print("in callback:", r(), other(), r is w))
del c
