def deco(f):
    return f


@deco
def f():
    pass


@deco
@deco
def g():
    pass
