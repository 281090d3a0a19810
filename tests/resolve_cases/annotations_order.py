def f():
    def g(a: (x := 1), /, b: (y := 2), *c: (z := 3), d: (w := 4), **e: (v := 5)) -> (u := 6):
        pass
    return g
