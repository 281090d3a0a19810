# cycles through instances of list, dict, set, frozenset, tuple, int, str and float subclasses are collected by gc.collect(), with their finalizers in CPython's order and its counts
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class L(list): pass
class M(dict): pass
class S(set): pass
class FS(frozenset): pass
class T(tuple): pass
class I(int): pass
class St(str): pass
class F(float): pass

def report(what):
    print(what, "collected", gc.collect())

# Each container subclass holds itself in its native value, and a finalizer object.
l = L([D("list item")])
l.append(l)
del l
report("list")

m = M(k=D("dict value"))
m["me"] = m
del m
report("dict")

s = S()
s.add(D("set member"))
s.me = s
del s
report("set")

box = []
fs = FS([1, 2])
fs.box = box
box.append(fs)
box.append(D("frozenset box"))
del fs, box
report("frozenset")

inner = []
t = T((1, inner, D("tuple item")))
inner.append(t)
del t, inner
report("tuple")

# Immutable subclasses reach a cycle through their attributes only.
i = I(7)
i.me = i
i.d = D("int attr")
del i
report("int")

x = St("text")
x.pair = [x, D("str attr")]
del x
report("str")

f = F(1.5)
f.me = f
f.d = D("float attr")
del f
report("float")

# One cycle through several kinds at once: list -> dict -> tuple -> set -> list.
l = L()
m = M()
t = T((m, D("tuple in ring")))
s = S([1])
l.append(t)
m["next"] = s
s.back = l
l.append(D("list in ring"))
del l, m, t, s
report("ring")

# A cycle that reaches an outside object only through the native value is collected;
# the outside object survives.
keep = D("outside")
l = L([keep])
l.append(l)
del l
report("outside")
print("outside still alive:", keep.n)
