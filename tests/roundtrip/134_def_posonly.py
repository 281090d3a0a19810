def f(a, /):
    return a


def g(a, b=1, /, c=2):
    return a, b, c


def h(a, /, b, *, c):
    return a, b, c


def i(a, /, *args, **kw):
    pass
