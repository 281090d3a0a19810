# A plain weakref to a bound method dies as soon as the temporary method object does,
# which is why WeakMethod exists.
import weakref
class C:
    def m(self): pass
c = C()
r = weakref.ref(c.m, lambda r: print("callback for the method object"))
print("alive:", r() is not None)
m = c.m
r2 = weakref.ref(m)
print("kept alive by m:", r2() is m)
del m
print("after del:", r2())
