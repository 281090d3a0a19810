# Finalizers of objects still alive at exit run then, newest first, unless atexit is off.
import weakref, atexit
class C:
    def __init__(self, n): self.n = n
keep = [C(i) for i in range(4)]
for c in keep:
    weakref.finalize(c, print, "finalize", c.n)
del c
off = weakref.finalize(keep[1], print, "atexit off: never printed")
off.atexit = False
print(off.atexit)
atexit.register(print, "atexit handler registered after the first finalize")
print("end of program")
