# A callback that raises is reported as "Exception ignored in" and the rest go on.
import weakref
class C:
    pass
def bad(r):
    raise ValueError("bad callback")
c = C()
w1 = weakref.ref(c, lambda r: print("older callback runs"))
w2 = weakref.ref(c, bad)
del c
print("continues")
