def f(*, a):
    return a


def g(a, *, b, c=2):
    return a, b, c


def h(*args, b=1, c, **kw):
    return args, b, c, kw
