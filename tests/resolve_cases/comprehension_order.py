def f():
    return [lambda: x for x in (lambda: y)()]
