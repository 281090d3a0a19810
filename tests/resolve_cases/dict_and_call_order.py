def f():
    d = {k1: v1, **rest, k2: (w := v2)}
    call(a, *args, key=b, **kw)
    return d, w
