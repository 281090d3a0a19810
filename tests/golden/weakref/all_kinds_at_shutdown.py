# Every kind of weak object alive at exit: finalize runs at exit, then the shutdown collections free the rest with their callbacks.
import weakref, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
a = D("a")
b = D("b"); b.me = b
wv = weakref.WeakValueDictionary(x=a, y=b)
ws = weakref.WeakSet([a, b])
f = weakref.finalize(a, print, "finalize a")
g = weakref.finalize(b, print, "finalize b")
p = weakref.proxy(a, lambda p: print("proxy cb"))
wm = weakref.WeakMethod(a.__init__, lambda w: print("wm cb"))
r = weakref.ref(b, lambda r: print("ref cb b"))
print("end")
