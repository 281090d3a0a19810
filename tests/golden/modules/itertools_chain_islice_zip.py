# itertools: chain, chain.from_iterable, islice and zip_longest on generators, ranges and strings.
import itertools as it
def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i
print(list(it.chain(gen(2), "xy", [], range(2))))
c = it.chain.from_iterable(gen(k) for k in (1, 2))
print(next(c), list(c))
s = it.islice(gen(10), 1, 6, 2)
print(list(s))
print(list(it.islice(range(100), 95, None)), list(it.islice("abc", 0)), list(it.islice(iter([1, 2, 3]), None, 2)))
z = it.zip_longest(gen(2), "abc", fillvalue="-")
print(list(z))
print(list(it.zip_longest([1, 2], (3,), "")), list(it.zip_longest("a")), dict(it.zip_longest("ab", [1])))
print(list(it.chain()), list(it.chain("")), list(it.chain.from_iterable(["ab", "", "c"])), type(it.chain.from_iterable([])).__name__)
sl = it.islice("abcdef", 2, 4)
print(next(sl), next(sl), next(sl, "end"))
print(list(it.islice(it.chain([1], [2]), 5)), list(it.zip_longest(*[[1, 2], [3]], fillvalue=0)))
