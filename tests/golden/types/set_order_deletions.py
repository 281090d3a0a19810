# Deletions leave dummies; later adds reuse the last dummy seen on the probe path.
s = {0, 8, 16}
s.remove(0)
s.remove(16)
s.add(24)
print(s)
s = {0, 8, 16, 1, 9}
s.discard(8)
s.add(32)
print(s)
s = set(range(20))
for i in range(0, 20, 2):
    s.discard(i)
print(s)
for i in range(100, 110):
    s.add(i)
print(s)
p = set(range(10))
print([p.pop() for _ in range(4)], p)
p.add(0)
p.add(1)
print(p.pop(), p.pop(), p)
q = set(range(64))
q -= set(range(0, 64, 2))
print(q)
q.difference_update(range(1, 40, 2))
print(q)
r = {3, 11, 19, 27}
r.remove(11)
r.add(35)
r.add(11)
print(r)
