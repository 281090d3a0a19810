# functools: argument errors of partial, reduce, lru_cache, cmp_to_key, wraps; an uncaught error inside reduce shows only user frames.
import functools
tests = [
    lambda: functools.partial(), lambda: functools.partial(1), lambda: functools.partial(None, 1),
    lambda: functools.reduce(), lambda: functools.reduce(max), lambda: functools.reduce(max, 1),
    lambda: functools.reduce(max, [], 1, 2), lambda: functools.reduce(max, [], initial=1),
    lambda: functools.reduce(lambda a, b: a, []), lambda: functools.reduce(max, [], 7),
    lambda: functools.lru_cache("x"), lambda: functools.lru_cache(maxsize=-1)(len).cache_info(),
    lambda: functools.cmp_to_key(), lambda: functools.total_ordering(type("A", (), {})),
    lambda: functools.cache(), lambda: functools.wraps(), lambda: functools.lru_cache()(len)([1]),
    lambda: functools.cache(len)({}), lambda: functools.partial(max)(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
def divide(a, b):
    return a / b
print(functools.reduce(divide, [100, 5, 2]))
functools.reduce(divide, [1, 2, 0])
