# A cycle through a suspended generator's frame: the generator's local refers to an
# object that refers back to the generator.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
def gen(holder):
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally, holder", holder.name)
h = D("holder")
g = gen(h)
h.g = g
next(g)
del h, g
print("collect ->", gc.collect())
