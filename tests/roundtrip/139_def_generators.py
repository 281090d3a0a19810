def gen():
    yield 1
    yield
    x = yield 2
    yield from range(x or 0)


def gen2():
    return (yield)
