# iter(callable, sentinel): identity before ==, NaN sentinels, exceptions from __eq__, repr and reuse
nan = float("nan")
vals = [1.0, nan, 2.0]


def nxt():
    return vals.pop(0) if vals else None


print(list(iter(nxt, nan)))
seq = [[1], [2], [3]]
marker = seq[1]
print(list(iter(lambda: seq.pop(0), marker)), seq)


class Bad:
    def __eq__(self, other):
        raise RuntimeError("eq failed")


it = iter(lambda: 5, Bad())
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(iter(int, 1)).split(" at ")[0])
print(iter(it) is it)
n = 0


def count():
    global n
    n += 1
    return n


print(list(zip(iter(count, 4), "abcdef")), n)
print(sum(iter(count, 10)))
