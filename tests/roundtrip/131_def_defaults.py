def f(a, b=1, c='x', d=None):
    return a, b, c, d


def g(a=[], b={}, c=()):
    pass


def h(a=1 + 2, b=-1, c=lambda: 0):
    pass
