# A WeakValueDictionary with many values dropped at once empties as they die.
import weakref
class V:
    pass
vals = [V() for _ in range(1000)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
print(len(d))
del vals[::2]
print(len(d))
vals.clear()
print(len(d))
