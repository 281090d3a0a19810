# sorting built-in values: numbers of all kinds, strs, tuples, lists, bools, and the TypeErrors
print(sorted([3, 1.5, True, -2, 10**20, -0.5, False, 2**63]))
print(sorted(["b", "a", "B", "ä", "", "ab", "Z"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
print(sorted([[3], [1, 2], [], [1]]))
print(sorted([float("inf"), 1, float("-inf"), 0.0]))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted({"b": 1, "a": 2}.items()), sorted({3, 1, 2}), sorted(frozenset("cab")))
print(sorted(x * x for x in range(-3, 4)))
for bad in ([1, "a"], [(1, 2), (1, None)], [None, None], [{}, {}]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
xs = [5, 3, 1]
print(xs.sort(), xs)
ys = [2, 1]
print(ys.sort(reverse=True), ys)
