# no binding for nonlocal found
def outer():
    def inner():
        nonlocal x
        x = 1
    return inner
