# yield from over lists, strings, ranges and a custom iterator with send and throw methods
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom result")
        return self.n
    def send(self, v):
        print("It.send", v)
        return self.__next__()
    def throw(self, exc):
        print("It.throw", type(exc).__name__)
        return -1
def g():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    r = yield from It()
    print("result", r)
it = g()
print([next(it) for _ in range(6)])
print(next(it))
print(it.send("hello"))
print(it.throw(ValueError("x")))
try:
    next(it)
except StopIteration:
    print("done")
