def g():
    x = yield
    y = yield 1
    z = yield 1, 2
    w = (yield) + 1
    print((yield))
    v = yield from g()
    yield
    yield x, y
    return (yield z)
