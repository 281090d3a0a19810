# an uncaught exception whose traceback frames hold cycles and objects with __del__: sys.last_value keeps them until shutdown, and they are released there
import gc
import sys
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def inner(ring):
    local = D("local of inner")
    ring.append(sys.exc_info)
    raise ValueError("uncaught", ring)

def outer():
    ring = []
    ring.append(ring)
    ring.append(D("in ring"))
    keep = D("local of outer")
    inner(ring)

print("has last_value before:", hasattr(sys, "last_value"))
outer()
