# an exception raised after resuming inside an except block gets the handled exception as context
def g():
    try:
        raise ValueError("first")
    except ValueError:
        yield 1
        raise TypeError("second")
it = g()
next(it)
try:
    next(it)
except TypeError as e:
    print(repr(e), repr(e.__context__))
def h():
    yield 1
    raise KeyError("after")
it = h()
next(it)
try:
    raise ValueError("caller's")
except ValueError:
    try:
        next(it)
    except KeyError as e:
        print(repr(e), repr(e.__context__))
