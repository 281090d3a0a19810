# Only one object of the cycle has __del__: it runs, then both are cleared.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
class P:
    def __init__(self, name): self.name = name
gc.collect()
p = P("plain"); d = D("with del"); p.o = d; d.o = p
del p, d
print("collect ->", gc.collect())
