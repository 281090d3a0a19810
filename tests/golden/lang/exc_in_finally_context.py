try:
    try:
        raise ValueError("first")
    finally:
        print("finally with pending exception")
        raise TypeError("second")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def f():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    f()
except KeyError as e:
    print("propagated through finally", repr(e))
def g():
    while True:
        try:
            raise ValueError("dropped by break")
        finally:
            break
    return "break in finally drops the exception"
print(g())
