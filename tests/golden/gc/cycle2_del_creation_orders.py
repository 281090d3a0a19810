# Finalizers of a 2-cycle run in creation order, whichever way the cycle points.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
for first, second in [("a", "b"), ("b", "a")]:
    print("-- created", first, "then", second)
    x = D(first); y = D(second)
    x.o = y; y.o = x
    del x, y
    print("  collect ->", gc.collect())
print("-- only one side points: a -> b -> a via list")
a = D("a"); b = D("b"); a.l = [b]; b.l = [a]
del a, b
print("  collect ->", gc.collect())
