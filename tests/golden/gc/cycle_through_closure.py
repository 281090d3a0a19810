# A cycle through a function closure: the function's cell holds the function itself.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
def make():
    marker = D("closure marker")
    def f():
        return f, marker
    return f
g = make()
del g
print("collect ->", gc.collect() > 0)
def make2():
    obj = D("holder")
    def method():
        return obj
    obj.fn = method
    return obj
h = make2()
del h
print("collect ->", gc.collect() > 0)
