# gc.freeze(): frozen cycles are never examined; get_freeze_count; unfreeze() gives them
# back to the oldest generation.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a = D("a"); a.me = a
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
print("a in no generation:", [any(o is a for o in gc.get_objects(i)) for i in range(3)])
print("older generations empty:", [len(gc.get_objects(i)) for i in (1, 2)])
del a
print("collect ->", gc.collect())
gc.unfreeze()
print("freeze count:", gc.get_freeze_count())
print("collect after unfreeze ->", gc.collect())
