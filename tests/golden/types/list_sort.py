def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort(); print(words)
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
pairs.sort(); print(pairs)
print([3.5, 1, 2.25, -1].sort())
m = [1, "a", 2]
t(lambda: m.sort())
print(m)
t(lambda: [1, 2].sort(1))
t(lambda: [1, 2].sort(key=1))
t(lambda: [1, 2].sort(cmp=1))
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({"b": 1, "a": 2}))
print(sorted([1, -2, 3], key=abs, reverse=True))
print(sorted(["a", "B", "c"], key=str.upper))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted(1))
t(lambda: sorted([None, 1]))
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda p: p[1], reverse=True)
print(stable)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]))
print(max([K(3), K(1)], key=lambda k: k.v))
