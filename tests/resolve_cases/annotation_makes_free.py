def g():
    q = 1
    def h():
        w: q
    return h
