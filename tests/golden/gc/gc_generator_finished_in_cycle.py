# A finished generator in a cycle is an ordinary container for the collector.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
def gen():
    yield 1
gc.collect()
h = D("holder")
h.g = gen()
h.g.__next__()
for _ in h.g:
    pass
h.g2 = h
del h
print("collect ->", gc.collect())
