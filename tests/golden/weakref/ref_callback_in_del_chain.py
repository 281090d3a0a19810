# A callback that drops the last reference to another object with a weakref: nested
# callbacks run inside the outer one.
import weakref
class C:
    def __init__(self, name): self.name = name
    def __del__(self): print("__del__", self.name)
outer = C("outer"); inner = C("inner")
holder = [inner]
del inner
wi = weakref.ref(holder[0], lambda r: print("inner callback"))
def outer_cb(r):
    print("outer callback start")
    holder.clear()
    print("outer callback end")
wo = weakref.ref(outer, outer_cb)
del outer
print("end")
