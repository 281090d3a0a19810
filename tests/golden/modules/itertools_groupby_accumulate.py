# itertools: groupby (keys, consumed groups), accumulate, pairwise, starmap, compress, takewhile/dropwhile, filterfalse, tee.
import itertools as it
import operator
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for key, group in it.groupby(data, key=operator.itemgetter(0)):
    print(key, list(group))
print([k for k, _ in it.groupby("aaabbbcca")], [len(list(g)) for _, g in it.groupby([1, 1, 2, 2, 2, 1])])
g = it.groupby("aabb")
_, first = next(g)
_, second = next(g)
print(list(first), list(second))
print(list(it.accumulate(range(1, 6), operator.mul)), list(it.accumulate([1, 2, 3], initial=None)),
      list(it.accumulate([5, 1, 7, 2], min)), list(it.accumulate(["a", "b"], initial="z")))
print(list(it.pairwise(range(5))), list(it.pairwise("ab")))
print(list(it.starmap(operator.add, [(1, 2), (3, 4)])), list(it.starmap(max, [[1, 5, 2], "zy"])))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))), list(it.compress("abc", [])))
print(list(it.takewhile(str.isupper, "ABcDE")), list(it.dropwhile(str.isupper, "ABcDE")), list(it.dropwhile(bool, [])))
print(list(it.filterfalse(lambda x: x % 3, range(10))), list(it.filterfalse(None, [0, "", None, 1])))
a, b, c = it.tee("xyz", 3)
print(next(a), list(b), list(a), list(c))
t = it.tee(iter([1, 2]), 1)
print(type(t), len(t), list(t[0]))
u, v = it.tee(it.count())
print([next(u) for _ in range(3)], next(v), type(u).__name__)
