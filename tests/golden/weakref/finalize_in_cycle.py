# A finalizer for an object in a collected cycle runs in the collection, before __del__.
import gc, weakref
class C:
    def __del__(self): print("__del__")
gc.collect()
c = C(); c.me = c
f = weakref.finalize(c, print, "finalize")
del c
print("before collect:", f.alive)
print("collect ->", gc.collect())
print("after collect:", f.alive)
