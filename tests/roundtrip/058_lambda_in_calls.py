xs = sorted([3, 1, 2], key=lambda v: -v)
ys = list(map(lambda v: v * 2, xs))
zs = (lambda: 1)()
