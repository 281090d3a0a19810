def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate([10, 20])
print(type(e).__name__, next(e), next(e), next(e, None))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: enumerate([1], "a"))
for i, (a, b) in enumerate(zip("ab", "xy")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])))
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, "end"))
t(lambda: zip(1))
t(lambda: zip([1], 2))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], strict=True)))
print(dict(zip(["a", "b"], range(2))), list(zip(*[(1, 2), (3, 4)])))
