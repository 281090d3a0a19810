# WeakKeyDictionary: keys are held weakly; an entry leaves when its key dies.
import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
d = weakref.WeakKeyDictionary()
a, b = K(1), K(2)
d[a] = "one"; d[b] = "two"
print(len(d), d[a], a in d, K(3) in d, 1 in d, [] in d, d.get(b), d.get(K(9), "none"))
del b
print(len(d), list(d.items()))
try:
    d[K(5)]
except KeyError as e:
    print("KeyError with a weakref key:", repr(e).startswith("KeyError(<weakref at"))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
del a
print(len(d), list(d))
