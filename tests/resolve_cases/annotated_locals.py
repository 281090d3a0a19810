def f():
    if 0:
        a = 1
    b = 2
    x: int
    y: zz = 3
    x = 4
    return x
