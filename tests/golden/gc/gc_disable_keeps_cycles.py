# gc.disable(): many cycles with __del__ accumulate without any automatic collection;
# gc.collect() still works and collects them all.
import gc
class D:
    def __init__(self, i): self.i = i
    def __del__(self):
        if self.i % 500 == 0:
            print("  __del__", self.i)
gc.collect()
gc.disable()
print("enabled:", gc.isenabled())
for i in range(3000):
    d = D(i); d.me = d
del d
print("made 3000 cycles")
print("collect ->", gc.collect())
gc.enable()
print("enabled:", gc.isenabled())
