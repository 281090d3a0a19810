# Cycles made inside a function outlive the call; the frame's own locals die at return.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
def work(n):
    plain = D("plain local " + n)
    a = D("cycle " + n); a.me = a
    return None
gc.collect()
work("1")
work("2")
print("returned twice")
print("collect ->", gc.collect())
