def f():
    try:
        x = 1
    finally:
        g = lambda: x
    return g
