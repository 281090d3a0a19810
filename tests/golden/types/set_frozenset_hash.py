for f in [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({1, 2, 3}),
          frozenset(range(10)), frozenset(range(100)), frozenset({-1, -2}), frozenset({1.5, 2.25}),
          frozenset({(1, 2), (3, 4)}), frozenset({frozenset({1}), frozenset({2})}),
          frozenset({2 ** 64, -2 ** 70})]:
    print(hash(f), f)
x = frozenset({3, 11, 19})
y = frozenset([19, 11, 3])
print(hash(x) == hash(y), x == y, x is y)
z = set(range(30))
for i in range(0, 30, 2):
    z.discard(i)
print(hash(frozenset(z)), hash(frozenset(range(1, 30, 2))))
print({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})})
print(hash(frozenset({frozenset({frozenset()})})))
d = {}
d[frozenset({1, 2})] = "one-two"
d[frozenset({1})] = "one"
print(d[frozenset([2, 1])], frozenset({1}) in d, {1} in {frozenset({1})})
