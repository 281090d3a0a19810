# return value in a generator becomes StopIteration.value; a bare return gives None
def g():
    yield 1
    return [1, 2]
def h():
    yield 1
    return
def k():
    return "no yield reached"
    yield
for gen in [g(), h(), k()]:
    try:
        while True:
            next(gen)
    except StopIteration as e:
        print(repr(e.value), e.args)
