def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -3)]:
    print(r, repr(r), len(r), list(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[2], r[-1], r[-2], r[1:3], r[::-1], r[::2], r[5:100], r[-3:], 3 in r, 4 in r, 18 in r, 21 in r, -3 in r, "x" in r)
print(r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10))
t(lambda: r.index(10))
t(lambda: r[100])
t(lambda: r["a"])
t(lambda: range(1, 2, 0))
t(lambda: range())
t(lambda: range(1.5))
t(lambda: range(1, 2, 3, 4))
print(range(3) == range(3), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2), range(3) == [0, 1, 2])
print(list(range(10, -1, -3)), list(range(-5)), sum(range(0, 100, 7)), max(range(7)), min(range(3, 9)))
print(range(10 ** 3)[500], len(range(0, 10 ** 6, 7)), list(reversed(range(0, 10, 4))), 2.0 in range(3))
