def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([]), sum([], 5.5), sum(range(101)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2.5]), sum([True, True]), sum([10 ** 20, 1]), sum([1, 2], start=3))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum(["a"]))
t(lambda: sum(5))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
t(lambda: sum([[1]], []))
print(sorted([3, 1, 2], reverse=True), sorted([], key=len), sorted(["bb", "a", "ccc"], key=len))
t(lambda: sorted([1, 2], reverse=1, key=None))
t(lambda: sorted([1, 2], foo=1))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed(range(1, 10, 3))))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "done"))
t(lambda: reversed(5))
t(lambda: reversed({"a": 1}))
t(lambda: reversed())
print(type(reversed((1,))).__name__, type(reversed(range(2))).__name__, type(reversed("ab")).__name__)
