def f(a, b, c=3):
    pass
def g(x, /, y):
    pass
def h(*, k):
    pass
def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
    else:
        print("ok")

show(f)
show(f, 1)
show(f, 1, 2, 3, 4)
show(f, 1, 2, d=4)
show(f, 1, 2, a=1)
show(f, 1, b=2, c=3)
show(g, x=1, y=2)
show(g, 1, 2)
show(h)
show(h, 1)
show(h, k=1, j=2)
show(lambda: 0, 1)
show(lambda x: 0)
def one(a): pass
show(one, 1, 2)
def many(a, b, c, d): pass
show(many, 1)
show(many, 1, 2, 3, 4, 5, 6)
