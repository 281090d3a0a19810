# Lifetime example 23: the cycle collector.  gc.collect() returns the number of unreachable objects it
# still had to clear after running finalizers (objects freed by refcounting while
# finalizers ran are NOT counted) plus freed weakrefs-with-callbacks.
# Finalizers (__del__) of one garbage set run in the collector's list order,
# which is creation order for objects that were never examined by an earlier
# collection.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
class Plain:
    pass

gc.collect()
print("-- 2-cycle of plain objects (attributes stored inline: 2 objects)")
a = Plain(); b = Plain(); a.o = b; b.o = a
del a, b
print("  collect ->", gc.collect())
print("-- same, but __dict__ was accessed (2 objects + 2 dicts)")
a = Plain(); b = Plain(); a.o = b; b.o = a
a.__dict__; b.__dict__
del a, b
print("  collect ->", gc.collect())
print("-- self-referencing list")
l = []; l.append(l); del l
print("  collect ->", gc.collect())
print("-- 2-cycle with __del__: created a, b")
a = D("a"); b = D("b"); a.o = b; b.o = a
del a, b
print("  collect ->", gc.collect())
print("-- 2-cycle with __del__: created b, a")
b = D("b"); a = D("a"); a.o = b; b.o = a
del a, b
print("  collect ->", gc.collect())
print("-- 3-cycle x->y->z->x, created z, x, y")
z = D("z"); x = D("x"); y = D("y"); x.o = y; y.o = z; z.o = x
del x, y, z
print("  collect ->", gc.collect())
print("-- nothing left")
print("  collect ->", gc.collect())
print("-- objects hanging off a cycle are garbage too: ALL finalizers run first,")
print("   in creation order, before any object is cleared")
child = D("child (created first)")
a = D("a"); b = D("b"); a.o = b; b.o = a; b.child = child
del child, a, b
print("  collect ->", gc.collect())
