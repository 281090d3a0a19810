def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("caught", e, e.__context__)

try:
    try:
        raise KeyError("x")
    except KeyError as e:
        err = e
    raise err
except KeyError as e:
    print("raised saved", repr(e), e is err)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def g():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    g()
except ValueError as e:
    print("bare raise restores", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
