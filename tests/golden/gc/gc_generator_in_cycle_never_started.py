# A generator that never started, in a cycle: the collector finalizes it (nothing to
# close) and clears the cycle.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
def gen(x):
    print("never printed")
    yield x
gc.collect()
h = D("holder")
g = gen(h)
h.g = g
del h, g
print("collect ->", gc.collect())
