# from-import-star of functools, random, heapq and itertools binds what CPython's modules export.
from functools import *
from random import *
from heapq import *
from itertools import *
wanted = ["wraps", "partial", "reduce", "lru_cache", "cache", "total_ordering", "cached_property", "cmp_to_key",
          "Random", "seed", "random", "randint", "choice", "shuffle", "sample", "choices", "gauss",
          "heappush", "heappop", "heapify", "merge", "nsmallest", "nlargest", "chain", "islice", "count", "product"]
print([n for n in wanted if n not in dir()], "NV_MAGICCONST" in dir(), "TWOPI" in dir(), "namedtuple" in dir())
seed(3)
print(random(), randint(1, 6), reduce(lambda a, b: a + b, [1, 2]), list(islice(count(), 3)), nsmallest(1, [3, 1]))
try:
    print(namedtuple)
except NameError as e:
    print(e)
for t in [lambda: random(1), lambda: getrandbits(), lambda: getrandbits(1, 2)]:
    try:
        t()
    except TypeError as e:
        print(e)
