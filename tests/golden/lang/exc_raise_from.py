def show(e):
    print(type(e).__name__, e)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)

try:
    raise ValueError("no context") from TypeError("explicit cause")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)

try:
    raise ValueError("x") from IndexError
except ValueError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
e.__context__ = IndexError("i")
show(e)
