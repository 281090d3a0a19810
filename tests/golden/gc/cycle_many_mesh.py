# A mesh of 50 instances each pointing at 5 others, plus dicts and lists between them.
# (Attributes start in __init__: CPython's specializing interpreter gives instances a
# separate __dict__ when a warm loop adds several new attributes, which changes the count.)
import gc
class N:
    def __init__(self):
        self.out = None
        self.meta = None
gc.collect()
nodes = [N() for _ in range(50)]
for i, n in enumerate(nodes):
    n.out = [nodes[(i * 7 + k) % 50] for k in range(5)]
    n.meta = {"peer": nodes[(i + 1) % 50]}
del nodes, n
print("collect ->", gc.collect())
print("again ->", gc.collect())
