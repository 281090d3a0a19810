# A __del__ run by a collection that creates new cycles: they wait for the next collection.
import gc
class Junk:
    def __del__(self): print("  __del__ junk")
class D:
    def __del__(self):
        print("  __del__ D")
        j = Junk(); j.me = j
gc.collect()
d = D(); d.me = d
del d
print("first collect ->", gc.collect())
print("second collect ->", gc.collect())
