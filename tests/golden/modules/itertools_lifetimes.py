# itertools: the objects hold their source iterators as CPython's do; exhausted ones release them.
import itertools
class Src:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __del__(self):
        print("del", self.name)
c = itertools.chain(Src("a", 2), Src("b", 1))
print(next(c), next(c))
print("a still held by the chain's argument tuple")
print(list(c))
del c
print("chain gone")
s = itertools.islice(Src("i", 10), 2)
print(list(s))
print("islice exhausted")
del s
z = itertools.zip_longest(Src("z1", 1), Src("z2", 2))
print(list(z))
del z
print("zip_longest gone")
cy = itertools.cycle(Src("cy", 2))
print([next(cy) for _ in range(5)])
del cy
print("cycle gone")
t1, t2 = itertools.tee(Src("tee", 2))
print(list(t1))
del t1
print(list(t2))
del t2
print("tees gone")
print(list(itertools.takewhile(lambda x: x > 0, Src("tw", 3))))
print("end")
