def t2(b, a):
    def g():
        return a, b, c
    c = 1
    return g
