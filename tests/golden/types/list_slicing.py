def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[::-3], a[2:8:-1], a[slice(1, 4)], a[slice(None, None, -2)])
t(lambda: a[::0])
t(lambda: a["x":])
t(lambda: a[1.5])
t(lambda: a[10])
t(lambda: a[-11])
b = list(range(10))
b[2:4] = ["x", "y", "z"]; print(b)
b[:0] = [-1]; print(b)
b[len(b):] = [99]; print(b)
b[1:3] = []; print(b)
b[::2] = "ABCDEF"; print(b)
def bad():
    b[::2] = [1, 2]
t(bad)
b[::-1] = list(range(len(b))); print(b)
b[5:2] = ["q"]; print(b)
del b[::3]; print(b)
del b[1:3]; print(b)
del b[-1]; print(b)
del b[::-2]; print(b)
c = [1, 2, 3]
c[1:2] = c; print(c)
def bad2():
    c[0:1] = 5
t(bad2)
def bad3():
    del c[10]
t(bad3)
def bad4():
    c[10] = 1
t(bad4)
c[-1] = "last"; print(c)
print([1, 2] * 3, 2 * [0], [1] * 0, [1] * -2)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], [1] in [[1], 2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1], [] < [0])
t(lambda: [1] < ["a"])
t(lambda: [1] < 1)
print([1, 2] == (1, 2))
x = float("nan"); print([x] == [x], x in [x])
