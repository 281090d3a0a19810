def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
t(lambda: next(it))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: next())
t(lambda: iter())
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(3))
print(next(r), list(r))
i2 = iter(it)
print(i2 is it, iter(s) is s)
class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), next(iter(Counter())), sum(Counter()), max(Counter()), sorted(Counter(), reverse=True))
c = Counter()
print(next(c), next(c), next(c), next(c, "stop"))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(0))).__name__)
