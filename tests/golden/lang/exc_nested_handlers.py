def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        level(n - 1)
    except TypeError:
        print("never")
    finally:
        print("unwinding", n)
try:
    level(3)
except ValueError as e:
    print("top got", e)

try:
    try:
        raise KeyError("a")
    except KeyError:
        print("handling a")
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("handling b", repr(inner))
        print("back in a handler")
except Exception:
    print("no")
print("done")

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
        raise TypeError("replacement")
except TypeError as e:
    print("outer", e, "| context:", repr(e.__context__))
