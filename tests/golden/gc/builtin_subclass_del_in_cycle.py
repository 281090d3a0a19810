# built-in subclass instances with __del__ in collected cycles: finalizers run in CPython's order, the native value is still readable in __del__, and a resurrected instance keeps its value
import gc
gc.disable()

class L(list):
    def __del__(self):
        print("del L", len(self), self.name)
class M(dict):
    def __del__(self):
        print("del M", sorted(k for k in self if isinstance(k, str)), self.name)
class T(tuple):
    def __del__(self):
        print("del T", len(self), self.name)
class I(int):
    def __del__(self):
        print("del I", int(self), self.name)

# A ring of four finalizable subclass instances, created in one order and linked in another.
a = L(); a.name = "a"
b = M(); b.name = "b"
c = I(3); c.name = "c"
d = T((a,)); d.name = "d"
a.append(b)
b["c"] = c
c.next = d
del a, b, c, d
print("ring collected", gc.collect())

# Two instances referring to each other only through their native values.
x = L(); x.name = "x"
y = L(); y.name = "y"
x.append(y); y.append(x)
del y
x = None
print("pair collected", gc.collect())

# A finalizer that resurrects its instance: the value survives; the next collection
# does not finalize it again.
saved = []
class R(list):
    def __del__(self):
        print("resurrect", list(self[1:]))
        saved.append(self)
r = R([None, 1, 2])
r[0] = r
del r
print("resurrect collected", gc.collect())
print("saved", len(saved), saved[0][1:], saved[0][0] is saved[0])
saved.clear()
print("after clear collected", gc.collect())
