# collections.deque: indexing after appendleft, rotate both ways, insert/remove/del in the middle, iteration order.
from collections import deque
d = deque()
for i in range(5):
    d.appendleft(i)
    d.append(-i)
print(d, d[0], d[-1], d[4], list(d)[3:6], len(d))
d.rotate(3)
print(d, d.index(0), d.index(-2, 2), d.count(0))
d.rotate(-13)
print(d)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
print(d)
d.remove("x")
del d[0]
del d[-1]
d[1] = "one"
print(d, list(reversed(d)), "y" in d)
e = deque("abc")
e.extendleft("xyz")
print(e, e.popleft(), e.pop(), e)
e.reverse()
print(e, e == deque(reversed("yxab")), e < deque("z"), sorted(e), e.copy() is e, e.copy() == e)
f = deque(range(3), maxlen=5)
f.extendleft([10, 11, 12])
print(f, f.maxlen)
f.rotate(2)
print(f, f[0], max(f), sum(f))
g = deque()
print(g == deque(), list(g), bool(g), len(deque(range(1000))), deque(range(5))[2])
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as err:
    print(err)
for op in ["index", "remove"]:
    try:
        getattr(deque([1, 2]), op)(3)
    except ValueError as err:
        print(err)
