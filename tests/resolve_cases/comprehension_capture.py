def f(n):
    return [lambda: x + n for x in range(n)]
