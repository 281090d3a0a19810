# functools.lru_cache: typed keys, keyword order, LRU eviction order, recursion, unhashable arguments, methods.
import functools
calls = []
@functools.lru_cache(maxsize=3, typed=True)
def f(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)
print(f(1), f(1.0), f(1), f(True), f.cache_info())
print(f(a=1, b=2), f(b=2, a=1), f(a=1, b=2), f.cache_info())
f.cache_clear()
for x in [1, 2, 3, 1, 4, 2, 1]:
    f(x)
print(f.cache_info(), [c[0] for c in calls[-5:]])
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info(), fib.cache_parameters())
@functools.lru_cache
def first(x):
    return x
print(first(3), first("s"), first((1, 2)), first.cache_info())
try:
    first({})
except TypeError as e:
    print(e)
try:
    first([1, 2])
except TypeError as e:
    print(e)
class Account:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=4)
    def balance(self, mult):
        print("compute", self.n, mult)
        return self.n * mult
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
acc = Account(5)
print(acc.balance(2), acc.balance(2), Account(5).balance(2), Account.balance.cache_info())
zero = functools.lru_cache(maxsize=0)(lambda x: x * 2)
print(zero(2), zero(2), zero.cache_info())
print(functools.lru_cache(maxsize=-5)(abs).cache_parameters(), functools.cache(abs).cache_parameters())
