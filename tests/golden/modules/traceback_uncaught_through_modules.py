# tracebacks through built-in module code show only user frames, as CPython's C modules add none.
import functools
import itertools
from collections import Counter
def key(x):
    return 1 / x
@functools.lru_cache
def cached(x):
    return key(x)
print(cached(2))
try:
    sorted([1, 0], key=key)
except ZeroDivisionError as e:
    print("caught", e)
try:
    list(itertools.starmap(key, [(1,), (0,)]))
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()
print(list(map(cached, [1, 4])))
cached(0)
