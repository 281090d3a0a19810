# Objects that refer to themselves: an instance, a list, a dict; each is its own cycle.
import gc
class D:
    def __del__(self): print("  __del__ D")
gc.collect()
d = D(); d.me = d; del d
print("instance ->", gc.collect())
l = []; l.append(l); del l
print("list ->", gc.collect())
m = {}; m["me"] = m; del m
print("dict ->", gc.collect())
x = D(); x.box = [x]; del x
print("instance via list ->", gc.collect())
