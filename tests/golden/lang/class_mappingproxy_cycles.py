# A mappingproxy inside the mapping it views: repr and str stop at the inner view, and the cycle is collected
import gc
import weakref

class C:
    pass

C.view = C.__dict__
print(C.view)
print(repr(C.view))
r = weakref.ref(C, lambda r: print("C collected"))
del C
print("collected:", gc.collect() > 0)
d = {}
d["p"] = type(type.__dict__)(d)
print(d, d["p"])
del d
print("collected:", gc.collect() > 0)
