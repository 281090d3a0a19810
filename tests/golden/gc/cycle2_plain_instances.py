# A 2-cycle of plain instances: nothing is freed until gc.collect(), which reports 2.
import gc
class P:
    def __init__(self, name): self.name = name
gc.collect()
a = P("a"); b = P("b"); a.other = b; b.other = a
del a, b
print("collect ->", gc.collect())
print("again ->", gc.collect())
