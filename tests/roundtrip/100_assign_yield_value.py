def g():
    x = yield
    y = yield from []
    z = w = yield 1
    x += yield
    return x, y, z, w
