s = {17, 1, 9, 25}
it = iter(s)
print(type(it).__name__, next(it), list(it), list(it))
print([x for x in s], sorted(s), list(enumerate(frozenset({4, 12}))))
total = 0
for x in {3, 11, 19}:
    total = total * 10 + x % 10
print(total)
a, b, c = {7, 15, 23}
print(a, b, c)
print(*{40, 8, 0}, sep=",")
s2 = {i * 8 for i in range(6)}
print(list(zip(s2, range(10))), list(map(lambda v: v // 8, s2)))
t = {1, 2, 3}
for x in t:
    t.discard(x)
    t.add(x + 100)
    break
print(t)
u = set(range(5))
for x in u:
    if x == 2:
        u.remove(4)
        u.add(44)
print(u)
print(dict.fromkeys({3, 11, 2}), list(reversed(sorted({5, 2, 9}))))
# A display of constants iterated by for is a constant frozenset, whose order can differ
# from the set the same display builds.
print([x for x in {45, 37, 29, 21, 13, 5}], {45, 37, 29, 21, 13, 5})
for x in {45, 37, 29, 21, 13, 5}:
    print(x, end=" ")
print(list(y for x in [0] for y in {45, 37, 29, 21, 13, 5}))
