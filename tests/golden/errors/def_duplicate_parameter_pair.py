# duplicate parameter among two names
def f(x, x):
    pass
