# A weakref callback during a collection cannot reach the dead object, but it can keep
# other things alive; __del__ runs afterwards as usual.
import gc, weakref
log = []
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a = D("a"); a.me = a
def cb(r):
    print("  callback; referent:", r())
    log.append(r)
w = weakref.ref(a, cb)
del a, w
print("collect ->", gc.collect())
print("log holds the dead weakref:", log[0]() is None)
