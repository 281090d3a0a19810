def g():
    yield from range(3)
    yield from (x for x in 'ab')
    r = yield from [1, 2]
    yield from g() if r else []
