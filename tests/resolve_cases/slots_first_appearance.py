def f(a, b):
    x = y
    y = a
    for t in it:
        z = t
    return z
