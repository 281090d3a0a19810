# For a generator, weakref callbacks run before the generator is closed.
import weakref
def gen():
    try:
        yield 1
    finally:
        print("generator closed")
g = gen()
next(g)
w = weakref.ref(g, lambda r: print("callback"))
del g
print("end")
