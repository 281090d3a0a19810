# A proxy's callback receives the proxy, after __del__ and with the other weakref
# callbacks newest first.
import weakref
class D:
    def __del__(self): print("__del__")
d = D()
r = weakref.ref(d, lambda r: print("ref callback"))
p = weakref.proxy(d, lambda q: print("proxy callback, is the proxy:", q is p))
r2 = weakref.ref(d, lambda r: print("newest ref callback"))
del d
print("done")
