decos = [lambda f: f]


@decos[0]
def f():
    pass


@(lambda f: f)
def g():
    pass


@decos[0] if decos else None
def h():
    pass


@(d := decos[0])
def i():
    pass
