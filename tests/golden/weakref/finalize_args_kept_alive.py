# The finalizer keeps its func and args alive until it runs or is detached.
import weakref
class C:
    pass
class Arg:
    def __del__(self): print("arg released")
c = C()
f = weakref.finalize(c, lambda a: print("finalizer ran"), Arg())
print("object alive")
del c
print("end")
