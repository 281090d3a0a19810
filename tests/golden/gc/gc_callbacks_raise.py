# An exception in a gc callback is reported as unraisable; the collection goes on.
import gc
def bad(phase, info):
    if phase == "start":
        raise RuntimeError("callback failed")
gc.collect()
gc.callbacks.append(bad)
a = []; a.append(a); del a
print("collect ->", gc.collect())
gc.callbacks.remove(bad)
