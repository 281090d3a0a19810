# Several weakrefs with callbacks: called newest first, after __del__, before the
# attributes are released.
import weakref
class A:
    def __del__(self): print("attribute released")
class D:
    def __init__(self): self.attr = A()
    def __del__(self): print("__del__")
d = D()
refs = [weakref.ref(d, lambda r, i=i: print("callback", i)) for i in range(3)]
del d
print("end")
