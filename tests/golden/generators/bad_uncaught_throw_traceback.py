# an exception thrown in and not handled shows the generator frame at its yield in the traceback
def inner():
    yield 1
def outer():
    x = 1 + (yield from inner())
    return x
it = outer()
next(it)
it.throw(KeyError("thrown"))
