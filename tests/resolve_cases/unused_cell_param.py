def f(a, b, c):
    def g():
        return c, a
    d = b
    return g, d
