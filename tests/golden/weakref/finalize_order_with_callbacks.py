# finalize and weakref callbacks share one list: newest first, after __del__.
import weakref
class C:
    def __del__(self): print("__del__")
c = C()
weakref.finalize(c, print, "finalize 1")
w = weakref.ref(c, lambda r: print("ref callback"))
weakref.finalize(c, print, "finalize 2")
del c
print("end")
