# A weakref callback that is a bound method of an object that dies with the referent's
# cycle: the weakref is reachable from garbage only through its callback's owner.
import gc, weakref
class Watcher:
    def __init__(self, name): self.name = name
    def notify(self, r): print("notify", self.name)
class D:
    def __del__(self): print("__del__ D")
gc.collect()
d = D(); d.me = d
outside = Watcher("outside")
w1 = weakref.ref(d, outside.notify)
inside = Watcher("inside"); d.watcher = inside
d.w2 = weakref.ref(d, inside.notify)
del d, inside
print("collect ->", gc.collect())
