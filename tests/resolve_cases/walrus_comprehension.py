def f(it):
    r = [(last := x) for x in it]
    return last, r
[(m := x) for x in range(3)]
