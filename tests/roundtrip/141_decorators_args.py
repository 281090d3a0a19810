import functools


def deco(*a, **k):
    return lambda f: f


@deco(1, 2, k=3)
def f():
    pass


@functools.lru_cache(maxsize=None)
def g(n):
    return n


@functools.wraps(g)
def h():
    pass
