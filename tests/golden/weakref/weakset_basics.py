# WeakSet: members are held weakly; a member leaves when it dies.
import weakref
class M:
    def __init__(self, n): self.n = n
    def __repr__(self): return "M(%d)" % self.n
a, b, c = M(1), M(2), M(3)
s = weakref.WeakSet([a, b])
s.add(c)
print(len(s), a in s, M(9) in s, 1 in s, sorted(m.n for m in s))
del b
print(len(s), sorted(m.n for m in s))
s.discard(a)
print(len(s))
try:
    s.remove(a)
except KeyError as e:
    print("KeyError:", repr(e).startswith("KeyError(<weakref at"))
print(s.pop() is c, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = weakref.WeakSet([c])
print(repr(t).startswith("{<weakref at 0x"), type(t))
try:
    t.add(1)
except TypeError as e:
    print("TypeError:", e)
