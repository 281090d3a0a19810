def f():
    global g
    g = 1
    x = 1
    def h():
        nonlocal x
        x = 2
    return h
