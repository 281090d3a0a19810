# Weakref callbacks while an instance dies by refcount inside a list being cleared: each
# item's __del__ then its callbacks, last item first.
import weakref
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
items = [D(i) for i in range(3)]
refs = [weakref.ref(d, lambda r, i=d.n: print("callback", i)) for d in items]
del d
items.clear()
print("end")
