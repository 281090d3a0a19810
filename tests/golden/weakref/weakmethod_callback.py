# WeakMethod's callback runs once, with the WeakMethod, when the object dies.
import weakref
class C:
    def __del__(self): print("__del__")
    def m(self): pass
c = C()
wm = weakref.WeakMethod(c.m, lambda w: print("callback, is wm:", w is wm, "result:", w()))
print("alive:", wm() is not None)
del c
print("after del")
