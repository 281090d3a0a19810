def gen():
    yield 1
def gen_from():
    yield from range(3)
def lam():
    return lambda: (yield)
def not_gen():
    def inner():
        yield 1
    return inner
