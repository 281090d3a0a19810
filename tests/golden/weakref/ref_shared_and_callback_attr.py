# ref(obj) without a callback is shared; __callback__; getweakrefcount and getweakrefs.
import weakref
class C:
    pass
def cb(r): pass
c = C()
r1 = weakref.ref(c); r2 = weakref.ref(c); r3 = weakref.ref(c, cb)
print(r1 is r2, r1 is r3, r1.__callback__, r3.__callback__ is cb)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)), weakref.getweakrefcount(1))
print(r1() is c, type(r1) is weakref.ref, weakref.ReferenceType is weakref.ref)
del c
print(r1(), r3(), r3.__callback__)
