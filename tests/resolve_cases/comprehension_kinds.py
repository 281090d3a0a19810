def f(it):
    a = {x for x in it}
    b = {x: y for x, y in it}
    c = (x for x in it)
    d = [z for z in it]
    return a, b, c, d
