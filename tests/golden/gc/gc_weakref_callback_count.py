# collect() also counts a weakref whose callback ran and which was freed right after.
import gc, weakref
class P:
    pass
gc.collect()
a = P(); a.me = a
w = weakref.ref(a, lambda r: None)
del a
print("with a kept weakref ->", gc.collect())
b = P(); b.me = b
ws = [weakref.ref(b, lambda r: ws.clear())]
del b
print("weakref freed by its callback ->", gc.collect())
