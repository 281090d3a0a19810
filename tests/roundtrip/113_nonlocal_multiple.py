def outer():
    a = b = 0

    def inner():
        nonlocal a, b
        a, b = 1, 2
    inner()
    return a, b
