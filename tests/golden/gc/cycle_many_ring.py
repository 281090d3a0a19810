# A ring of 200 instances with __del__: every finalizer runs (creation order), then the
# ring is cleared; the count is 200.
import gc
class D:
    def __init__(self, i): self.i = i
    def __del__(self):
        if self.i < 3 or self.i > 196:
            print("  __del__", self.i)
gc.collect()
nodes = [D(i) for i in range(200)]
for i in range(200):
    nodes[i].next = nodes[(i + 1) % 200]
del nodes
print("collect ->", gc.collect())
