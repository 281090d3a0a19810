# Members that die while a WeakSet is iterated leave after the iteration ends.
import weakref
class M:
    def __init__(self, n): self.n = n
ms = {i: M(i) for i in range(4)}
s = weakref.WeakSet(ms.values())
count = 0
for m in s:
    count += 1
    if count == 1:
        victim = [k for k in ms if ms[k] is not m][0]
        del ms[victim]
del m
print("visited:", count, "len now:", len(s))
