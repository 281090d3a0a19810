e = "outer value"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)

def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    try:
        exc
    except UnboundLocalError as err:
        print(type(err).__name__, err)
    return saved
print(repr(f()))

def g():
    x = None
    try:
        raise TypeError("t")
    except TypeError as x:
        pass
    return "x" in locals()
print(g())
try:
    raise IndexError("i")
except IndexError as e2:
    del e2
print("del inside handler is fine")
