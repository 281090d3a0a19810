def f(a, /, b, *args, c, d=1, **kw):
    e = a
    return e
lambda x, *y, z=1, **w: x
