# weakref.ref: callbacks newest first after __del__, before a generator is closed; shared plain refs.
import weakref
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = D("a")
r = weakref.ref(d, lambda w: print("callback", w() is None))
r2 = weakref.ref(d, lambda w: print("callback 2"))
print(r() is d, weakref.getweakrefcount(d), weakref.ref(d) is weakref.ref(d))
del d
print(r(), r2())
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
wg = weakref.ref(g, lambda w: print("gen weakref callback"))
del g
try:
    weakref.ref([1])
except TypeError as e:
    print(e)
