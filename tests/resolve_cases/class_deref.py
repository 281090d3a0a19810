def f():
    x = 1
    class C:
        y = x
    return C
