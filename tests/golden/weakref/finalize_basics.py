# weakref.finalize: runs func(*args, **kwargs) once when the object dies.
import weakref
class C:
    def __del__(self): print("__del__")
c = C()
f = weakref.finalize(c, print, "finalized", "with", sep="-")
print(f.alive, f.atexit)
print(f.peek()[1:])
del c
print(f.alive, f.peek(), f())
print(repr(f).endswith("; dead>"))
