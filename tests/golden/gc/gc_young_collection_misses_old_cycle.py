# A cycle that survived into an older generation is not found by collecting a younger one.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
a = D("old"); a.me = a
gc.collect(0)
gc.collect(0)
del a
print("collect(0) ->", gc.collect(0))
print("collect(1) ->", gc.collect(1))
b = D("older"); b.me = b
gc.collect(1)
del b
print("collect(1) ->", gc.collect(1))
print("collect(2) ->", gc.collect(2))
