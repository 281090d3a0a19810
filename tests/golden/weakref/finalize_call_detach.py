# Calling a finalizer runs it early (once); detach() removes it and returns its parts.
import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, lambda *a, **k: print("ran", a, k) or "result", 1, x=2)
print(f(), f(), f.alive)
g = weakref.finalize(c, print, "never")
obj, func, args, kwargs = g.detach()
print(obj is c, func is print, args, kwargs, g.alive, g.detach(), g.peek())
h = weakref.finalize(c, print, "on death")
print(repr(h).startswith("<finalize object at 0x"), "; for 'C' at 0x" in repr(h))
del c, obj
print("end")
