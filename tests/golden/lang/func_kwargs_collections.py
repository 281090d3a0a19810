# ** accepts the mappings of collections (Counter, OrderedDict, defaultdict), read through keys() and [] like any mapping
from collections import Counter, OrderedDict, defaultdict
def f(**kw):
    return kw
print(f(**Counter(a=1, b=2)), f(**OrderedDict(b=2, a=1)), f(**defaultdict(int, c=3)))
print(f(x=0, **Counter("ab")))
try:
    f(a=1, **Counter(a=5))
except TypeError as e:
    print("TypeError", e)
