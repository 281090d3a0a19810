# A weakref dropped before its target never calls its callback.
import weakref
class C:
    def __del__(self): print("__del__")
c = C()
w = weakref.ref(c, lambda r: print("never"))
del w
del c
print("end")
