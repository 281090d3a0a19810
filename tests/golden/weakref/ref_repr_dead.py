# The repr of a dead weakref, and calling it.
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(repr(r).endswith("; to 'C' at " + repr(r).split(" at ")[-1]))
del c
print(repr(r).endswith("; dead>"), r())
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
