# Every kind of weak object pointing into a collected cycle: callbacks (not of the garbage weakref) before __del__, containers emptied, count.
import weakref, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
    def m(self): pass
gc.collect()
# every combination: ref with/without callback, proxy, WeakMethod, finalize, in a cycle
a = D("a"); b = D("b"); a.o = b; b.o = a
r1 = weakref.ref(a)
r2 = weakref.ref(a, lambda r: print("cb r2", r()))
p = weakref.proxy(b, lambda p: print("cb proxy"))
wm = weakref.WeakMethod(b.m, lambda w: print("cb wm", w()))
f = weakref.finalize(a, print, "finalize a")
vd = weakref.WeakValueDictionary(a=a, b=b)
kd = weakref.WeakKeyDictionary({a: 1, b: 2})
a.selfref = weakref.ref(a, lambda r: print("never: garbage weakref"))
del a, b
print("collect ->", gc.collect())
print(r1(), len(vd), len(kd), f.alive)
