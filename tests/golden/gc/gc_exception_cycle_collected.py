# An exception kept in a local of its handling frame forms frame -> exception ->
# traceback -> frame; the collector frees the frame's locals.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
def f():
    keep = D("local of f")
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
gc.collect()
f()
print("f returned; local still alive")
print("collected something:", gc.collect() > 0)
