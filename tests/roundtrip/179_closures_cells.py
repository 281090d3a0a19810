def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c = counter()
print(c(), c())
fs = [lambda i=i: i for i in range(3)]
