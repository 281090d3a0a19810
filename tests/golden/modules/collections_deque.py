# collections.deque: methods, maxlen, rotation, indexing, comparisons, reprs and errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([8, 9])
print(d, d.count(2), d.index(2), 3 in d, "z" in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove("a")
d.reverse()
print(d, list(reversed(d)), bool(d), bool(deque()))
d[0] = "first"
del d[1]
print(d, d.copy(), d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]))
d.insert(1, "ins")
print(d)
d.clear()
print(d, len(d))
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m)
m.extendleft([20])
print(m)
z = deque([], maxlen=0)
z.append(1)
print(z)
q = deque()
for i in range(100):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, q)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque("ab"))
dd = deque([1])
dd += [2, 3]
print(dd, deque("abc", 2), deque(maxlen=2, iterable=[1, 2, 3]))
tests = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1]).index(5),
    lambda: deque([1])[5], lambda: deque([1])[-2], lambda: deque(1), lambda: deque([], -1), lambda: deque([], 1, 2),
    lambda: deque([]).rotate("a"), lambda: deque([1])["x"], lambda: deque([1, 2]) + [3],
    lambda: deque([1], 1).insert(0, 5), lambda: deque([], "a"), lambda: deque(x=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
