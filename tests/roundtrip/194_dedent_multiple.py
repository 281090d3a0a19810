def f():
    if True:
        if True:
            if True:
                x = 1
    return x
y = 2
