g = 0


def f():
    global g
    g = 1
    x = 0

    def inner():
        nonlocal x
        x += 1
    inner()
    return x


def h():
    global g, f
