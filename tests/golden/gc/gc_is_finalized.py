# gc.is_finalized: set once the finalizer has run (refcount death with resurrection, or
# a collection that resurrects).
import gc
saved = []
class D:
    def __del__(self):
        saved.append(self)
d = D()
print(gc.is_finalized(d))
del d
print(gc.is_finalized(saved[0]))
saved.clear()
e = D(); e.me = e
del e
gc.collect()
print(gc.is_finalized(saved[0]))
print(gc.is_finalized(1), gc.is_finalized([]))
