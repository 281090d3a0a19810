# Builds and drops 300 000 small cycles (two instances pointing at each other, one with a
# list) with the collector's automatic collections and an explicit gc.collect() every
# 20 000 cycles: the cost of finding and freeing garbage cycles.
import gc


class A:
    def __init__(self):
        self.other = None


freed = 0
for i in range(300000):
    a = A()
    b = A()
    a.other = b
    b.other = [a]
    if i % 20000 == 0:
        freed += gc.collect()
freed += gc.collect()
print("done", freed > 0)
