# weak reference callbacks that resurrect objects, store the dead weakref, or make new cycles: what they keep is released later and nothing is left at exit
import gc
import weakref
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Target:
    def __init__(self, n):
        self.n = n

graveyard = []
survivor = D("survivor held by callback")

def cb(wr):
    print("callback, dead:", wr() is None)
    graveyard.append(wr)
    graveyard.append(survivor)

t = Target("plain")
w = weakref.ref(t, cb)
del w  # the callback does not run: the weakref died first
t2 = Target("kept weakref")
w2 = weakref.ref(t2, cb)
del t, t2
print("graveyard", len(graveyard))
del w2
del survivor
graveyard.clear()
print("cleared")

# A cycle whose member has a weakref with a callback living outside the cycle.
events = []
def outside_cb(wr):
    events.append(("outside", wr() is None))
    events.append(D("made by outside callback"))

a = Target("a")
b = Target("b")
a.other, b.other = b, a
wa = weakref.ref(a, outside_cb)
del a, b
print("cycle collected", gc.collect())
print([e for e in events if isinstance(e, tuple)])
del events[:]
del wa

# A callback that resurrects the weakref's own callback chain: the weakref stores itself.
loop = []
def self_store(wr):
    loop.append(wr)
    loop.append(loop)
x = Target("x")
wx = weakref.ref(x, self_store)
del wx
x2 = Target("x2")
holder = [weakref.ref(x2, self_store)]
del x2
print("loop", len(loop), loop[1] is loop)
del loop[:], holder
print("after", gc.collect())

# A finalizer in a collected cycle that makes a weakref to another member.
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, "peer weakref alive:", self.peer is not None)
        F.late = weakref.ref(self.peer)
p = F("p"); q = F("q")
p.peer, q.peer = q, p
del p, q
print("finalizer cycle collected", gc.collect())
print("late weakref dead:", F.late() is None)
del F.late
