def f(x):
    y = 1
    return f"{x!r:>{y}} {z}"
