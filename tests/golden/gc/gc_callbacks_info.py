# gc.callbacks: called with "start" and "stop" and an info dict around every collection.
import gc
def cb(phase, info):
    print(" ", phase, sorted(info.items()))
gc.collect()
gc.callbacks.append(cb)
a = []; a.append(a); del a
print("collect ->", gc.collect())
print("collect(0) ->", gc.collect(0))
print("collect(1) ->", gc.collect(1))
gc.callbacks.remove(cb)
print("collect without callback ->", gc.collect())
