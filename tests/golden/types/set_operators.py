a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
f = frozenset({4, 5, 9})
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | f, type(a | f).__name__, f | a, type(f | a).__name__)
print(f & a, type(f & a).__name__, f - a, f ^ a, type(f ^ a).__name__)
print(a | a, a & a, a - a, a ^ a)
print(set() | set(), frozenset() & a)
big = set(range(0, 100, 3))
print(big & {3, 6, 7}, {3, 6, 7} & big)
print(big - {0, 3}, {1, 2} - big)
for op in ["|", "&", "-", "^"]:
    try:
        eval_ = {"|": lambda x, y: x | y, "&": lambda x, y: x & y,
                 "-": lambda x, y: x - y, "^": lambda x, y: x ^ y}[op]
        eval_(a, [1, 2])
    except TypeError as e:
        print(e)
try:
    [1] | a
except TypeError as e:
    print(e)
try:
    a + b
except TypeError as e:
    print(e)
print(3 in a, 7 not in a, frozenset({3}) in {frozenset({3})}, {3} in {frozenset({3})})
print(len(a), bool(set()), bool(frozenset({0})))
