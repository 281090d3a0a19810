# iter(callable, sentinel): stops at the sentinel (==) or StopIteration, then stays exhausted
data = [1, 2, 3, 0, 4]
pos = 0


def read():
    global pos
    pos += 1
    return data[pos - 1]


it = iter(read, 0)
print(type(it).__name__)
print(list(it), pos)
print(list(it), pos)
print(next(it, "done"))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        return self.n

    def __del__(self):
        print("counter dies")


class Sentinel:
    def __eq__(self, other):
        print("eq", other)
        return other == 99

    def __del__(self):
        print("sentinel dies")


it = iter(Counter(), Sentinel())
for x in it:
    print("got", x)
print("after loop")
del it

chunks = iter(["ab", "cd", ""].pop, "ab")
print(list(chunks))


def boom():
    raise ValueError("boom")


try:
    list(iter(boom, None))
except ValueError as e:
    print("ValueError:", e)
for args in [(), (1, 2, 3), (1, 2)]:
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter(len, 1, x=2)
except TypeError as e:
    print("TypeError:", e)
print(list(iter([5, 4, 3, 2].pop, 3)))
i = iter(int, 1)
print(next(i), next(i))
