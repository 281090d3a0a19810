# The collector clears a list in a cycle last item first, so the items die in that order
# once the instance finalizers have run.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
class Leaf:
    def __init__(self, name): self.name = name
gc.collect()
l = []
l.append(l)
for n in "abc":
    l.append(D(n))
del l
print("collect ->", gc.collect())
