# an uncaught exception shows each generator frame it passed through
def inner():
    yield 1
    raise ValueError("deep")
def middle():
    yield from inner()
def outer():
    for x in middle():
        yield x
for v in outer():
    print(v)
