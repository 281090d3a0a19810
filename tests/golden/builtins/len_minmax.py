def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(len("abc"), len([1]), len(()), len({}), len(range(5)), len({"a": 1}.keys()))
t(lambda: len(5))
t(lambda: len())
t(lambda: len([], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2.5, 1)), max([1, 2], [1, 3]))
print(min([1, -5, 3], key=abs), max(["aa", "b", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min(["b", "a", "c"], key=None), max(1, 2, key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min({"x": 1, "a": 2}))
t(lambda: min([]))
t(lambda: max([]))
t(lambda: min())
t(lambda: max(1))
t(lambda: min(1, "a"))
t(lambda: max(1, 2, default=0))
t(lambda: min([1], bad=1))
t(lambda: max([1, 2], key=5))
t(lambda: max(iter([])))
