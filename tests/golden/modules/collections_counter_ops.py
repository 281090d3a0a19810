# collections.Counter: counting, most_common ties, elements order, arithmetic, in-place operators, comparisons.
from collections import Counter
c = Counter(["b", "a", "b", "c", "a", "b"])
print(c, c.most_common(), c.most_common(1), list(c.elements()), c.total(), sorted(c), len(c))
print(Counter("mississippi").most_common(2), Counter({"x": 0, "y": -1}), list(Counter({"x": 0, "y": -1}).elements()))
c["d"] += 5
c["a"] -= 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"), dict(c))
c.update(["a", "a"], e=2)
c.subtract({"d": 10})
print(c, +c, -c)
x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(x + y, x - y, y - x, x | y, x & y)
x += y
print(x)
x -= Counter(a=10)
print(x)
x |= Counter(q=2)
x &= Counter(b=1, q=9)
print(x)
print(Counter("ab") == Counter("ba"), Counter(a=1) == Counter(a=1, b=0), Counter() == {}, bool(Counter()), bool(Counter("a")))
words = "one two two three three three".split()
counts = Counter(words)
for word, n in counts.most_common():
    print(word, n)
print(sorted(counts.items()), list(counts.keys()), list(counts.values()))
print(Counter(c for c in "hello world" if c != " ").most_common(3))
print(counts.pop("one"), counts, counts.setdefault("four", 4), counts.copy())
