# weakref.proxy: attribute access, assignment, operators and str go to the referent;
# its type and repr are the proxy's own.
import weakref
class C:
    x = 5
    def __init__(self): self.items = [1, 2, 3]
    def __len__(self): return 3
    def __add__(self, o): return ("add", o)
    def __radd__(self, o): return ("radd", o)
    def __getitem__(self, i): return self.items[i]
    def __contains__(self, v): return v in self.items
    def __iter__(self): return iter(self.items)
    def __str__(self): return "C-str"
    def __bool__(self): return False
    def m(self): return "method"
c = C()
p = weakref.proxy(c)
print(type(p))
print(p.x, p.items, len(p), p + 1, 1 + p, p[0], 2 in p, list(p), str(p), bool(p), p.m())
p.y = 10
print(c.y)
del p.y
print(hasattr(c, "y"))
print(p == c, p != c)
print(repr(p).startswith("<weakproxy at 0x"), repr(p).endswith(" to C at 0x" + repr(p).split(" at 0x")[-1]))
