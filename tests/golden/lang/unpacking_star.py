a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(5)
print(head, mid, tail)
x, *y = (1,)
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, *u]] = ["s", ("t", "u1", "u2")]
print(s, t, u)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *"xy"], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
a = b = c = [0]
print(a is b is c)
x, y = y, x = 1, 2
print(x, y)
