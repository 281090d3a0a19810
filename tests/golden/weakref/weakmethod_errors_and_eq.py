# WeakMethod needs a bound method; equality compares object and function while alive.
import weakref
class C:
    def m(self): pass
    def n(self): pass
for bad in (print, lambda: 0, 1):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
c = C()
a = weakref.WeakMethod(c.m); b = weakref.WeakMethod(c.m); x = weakref.WeakMethod(c.n)
print(a == b, a != b, a == x, hash(a) == hash(b))
d = {a: "a"}
print(d[b])
del c
print(a == b, a == a)
