# annotation objects live as long as their function: unread they die last to first after the closure, once read (a dict) first to last; replacing or deleting __annotations__ releases them at once
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
    def __repr__(self): return "D(%s)" % self.name
def make():
    cell = D("cell")
    def f(a: D("ann_a"), b: D("ann_b") = D("default_b"), *, k: D("ann_k") = D("kwdefault_k")) -> D("ann_return"):
        return cell
    return f
f = make()
print("-- unread annotations die after the closure, last first")
del f
f = make()
print(sorted(f.__annotations__))
print("-- read annotations die in dict order")
del f
def g(x: D("g_x")) -> D("g_return"): pass
print("-- assigning None releases them")
g.__annotations__ = None
print("-- assigning a dict releases the old one")
g.__annotations__ = {"n": D("new")}
g.__annotations__ = {}
def h(x: D("h_x")): pass
print("-- deleting releases them")
del h.__annotations__
print("-- a cycle through an annotation needs the collector")
class Node:
    def __del__(self): print("del Node")
n = Node()
def cyc(x: n): pass
n.f = cyc
del n, cyc
print("collected", gc.collect() > 0)
print("end")
