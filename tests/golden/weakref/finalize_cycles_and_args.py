# finalize objects themselves in a cycle with their referent are collected without
# running; a finalize on an object in a cycle with it via args keeps it alive.
import gc, weakref
class D:
    pass
gc.collect()
d = D()
f = weakref.finalize(d, print, "finalize ran")
d.f = f
del d
print("collect ->", gc.collect() >= 0, f.alive)
e = D()
g = weakref.finalize(e, lambda x: print("args keep it alive"), e)
del e
gc.collect()
print("still alive:", g.alive, g.peek() is not None)
g.detach()
print("collect ->", gc.collect())
