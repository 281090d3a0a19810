def f():
    global g
    def g():
        def inner():
            pass
        return inner
    class K:
        pass
    return K
