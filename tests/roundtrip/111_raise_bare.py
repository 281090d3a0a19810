def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


try:
    f()
except Exception:
    pass
