# A weakref with a callback to a generator in a cycle: the callback runs in the collection,
# before the generator is closed.
import gc, weakref
def gen(box):
    try:
        yield 1
    finally:
        print("generator finally")
gc.collect()
box = []
g = gen(box)
box.append(g)
next(g)
w = weakref.ref(g, lambda r: print("callback, dead:", r() is None))
del g, box
print("collect ->", gc.collect())
