# A class whose instances hold the class in a cycle (class attribute registry).
import gc
class D:
    registry = []
    def __init__(self, name):
        self.name = name
        D.registry.append(self)
    def __del__(self): print("  __del__", self.name)
gc.collect()
D("one"); D("two")
print("registered:", [d.name for d in D.registry])
D.registry.clear()
print("collect ->", gc.collect())
