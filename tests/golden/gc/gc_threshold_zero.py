# set_threshold(0) turns automatic collection off while gc.isenabled() stays True.
import gc
gc.collect()
gc.set_threshold(0)
print(gc.get_threshold(), gc.isenabled())
class D:
    def __init__(self, i): self.i = i
    def __del__(self): print("  __del__", self.i)
for i in range(1500):
    d = D(i); d.me = d
    if i > 2:
        d.i = -1
del d
print("no collection ran")
gc.set_threshold(700)
n = gc.collect()
print("collect ->", n)
