f1 = lambda: 0
f2 = lambda x: x
f3 = lambda x, y=1: x + y
f4 = lambda *args: args
f5 = lambda **kw: kw
f6 = lambda x, *, k: x + k
f7 = lambda x, /, y: x - y
f8 = lambda *a, k=2, **kw: (a, k, kw)
