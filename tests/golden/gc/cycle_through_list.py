# A cycle through a list: the list's items die last first when the collector clears it.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
l = [D("first"), D("second")]
l.append(l)
holder = D("holder"); holder.l = l; l.append(holder)
del l, holder
print("collect ->", gc.collect())
