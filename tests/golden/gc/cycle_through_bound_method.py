# A cycle through a bound method stored on its own instance.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
    def hello(self): return self.name
gc.collect()
d = D("d")
d.cb = d.hello
print(d.cb())
del d
print("collect ->", gc.collect())
e = D("e")
e.handlers = [e.hello, e.hello]
del e
print("collect ->", gc.collect())
