# functools: lru_cache/cache statistics and keys, cached_property, cmp_to_key, total_ordering, partial, reduce errors.
import functools as ft
tests = [lambda: ft.partial(), lambda: ft.partial(1), lambda: ft.reduce(), lambda: ft.reduce(max), lambda: ft.reduce(max, 1),
         lambda: ft.reduce(max, [], 1, 2), lambda: ft.reduce(max, [], initial=1), lambda: ft.lru_cache("x"),
         lambda: ft.lru_cache(maxsize=-1)(len).cache_info(), lambda: ft.cmp_to_key(),
         lambda: ft.total_ordering(type("A", (), {})), lambda: ft.cache(), lambda: ft.wraps(),
         lambda: ft.reduce(lambda a, b: a, [])]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
@ft.lru_cache(maxsize=2)
def f(x, y=1):
    print('call', x, y)
    return x * y
f(1); f(1); f(2); f(3); f(1, y=1); f(1, 1); f(x=1, y=1)
print(f.cache_info(), f.cache_parameters(), f.__wrapped__.__name__, f.__name__, type(f), f)
f.cache_clear()
print(f.cache_info())
try:
    f([1])
except Exception as e:
    print(type(e).__name__, e)
@ft.cache
def g(n):
    return n if n < 2 else g(n - 1) + g(n - 2)
print(g(50), g.cache_info())
class C:
    @ft.cached_property
    def v(self):
        print('compute')
        return 42
c = C()
print(c.v, c.v, C.v, vars(c))
class D:
    __slots__ = ()
    @ft.cached_property
    def v(self):
        return 1
try:
    D().v
except Exception as e:
    print(type(e).__name__, e)
k = ft.cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=k), k(1) < k(2), k(1))
try:
    k(1) < 3
except Exception as e:
    print(type(e).__name__, e)
p = ft.partial(ft.partial(max, 1), 5, key=abs)
print(p, p.func, p.args, p.keywords, p(3))
print(type(f.cache_info()).__name__, f.cache_info().hits, f.cache_info()._fields)
@ft.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
class W:
    @ft.lru_cache
    def m(self, x):
        return x * 2
w = W()
print(w.m(3), w.m(3), W.m.cache_info())
