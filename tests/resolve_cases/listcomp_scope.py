def f(it):
    return [x * y for x in it for y in x if y]
