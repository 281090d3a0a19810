# 3-cycles built in every creation order: finalizers follow creation order, the count is 3.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
for order in ["xyz", "xzy", "yxz", "yzx", "zxy", "zyx"]:
    print("-- created in order", order)
    objs = {n: D(n) for n in order}
    objs["x"].o = objs["y"]; objs["y"].o = objs["z"]; objs["z"].o = objs["x"]
    del objs
    print("  collect ->", gc.collect())
