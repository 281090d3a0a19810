# Weakrefs to garbage are cleared before finalizers run: __del__ sees the weakref dead.
import gc, weakref
class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("  __del__", self.name, "weakref alive:", w() is not None)
gc.collect()
a = D("a"); a.me = a
w = weakref.ref(a)
del a
print("collect ->", gc.collect())
print("weakref now:", w())
