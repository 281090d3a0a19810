# gc.get_referrers / get_referents with weak objects: weakrefs do not refer to their
# referent; a WeakValueDictionary's data dict holds weakrefs.
import gc, weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(any(x is r for x in gc.get_referrers(c)))
print(gc.get_referents(r))
cb = lambda r: None
r2 = weakref.ref(c, cb)
print(gc.get_referents(r2) == [cb])
d = weakref.WeakValueDictionary(k=c)
print([type(x).__name__ for x in gc.get_referents(d.data)])
