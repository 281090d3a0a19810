# the iterator protocol: __iter__/__next__, iteration through __getitem__, and iter()'s checks
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print(x)
print(list(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r))
print(sum(Range2(4)), sorted(Range2(3)), tuple(Range2(2)))
a, b, c = Range2(3)
print(a, b, c)
print([x * 2 for x in Range2(3)])
print(dict(zip(Range2(2), "ab")))

class OldStyle:
    def __getitem__(self, i):
        if i < 3:
            return "item%d" % i
        raise IndexError
print(list(OldStyle()))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
