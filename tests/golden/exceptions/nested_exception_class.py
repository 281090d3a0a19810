class Outer:
    class Error(Exception):
        pass


def fail():
    raise Outer.Error("inner class error")


try:
    fail()
except Outer.Error as e:
    print("caught", type(e).__name__, type(e).__qualname__)
fail()
