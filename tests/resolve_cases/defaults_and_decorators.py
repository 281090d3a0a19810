def f():
    @(dd := deco)
    def g(a=(x := 1), /, b=(y := 2), *c, d=(w := 4)):
        pass
    return g
