# A proxy to an object in a collected cycle: its callback runs before __del__; the proxy
# then raises ReferenceError.
import gc, weakref
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
gc.collect()
d = D(1); d.me = d
p = weakref.proxy(d, lambda p: print("proxy callback"))
print(p.n)
del d
print("collect ->", gc.collect())
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
