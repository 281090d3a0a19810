def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), next(m), next(m, "end"))
f = filter(None, [0, 5])
print(type(f).__name__, next(f), next(f, "end"))
log = []
def noisy(x):
    log.append(x)
    return x * 2
m2 = map(noisy, [1, 2, 3])
print(log)
print(next(m2), log)
print(list(m2), log, list(m2))
t(lambda: map())
t(lambda: map(abs))
t(lambda: filter(None))
t(lambda: map(abs, 5))
t(lambda: filter(None, 5))
t(lambda: list(map(abs, ["x"])))
t(lambda: list(map(5, [1])))
t(lambda: filter(None, [1], [2]))
print(sorted(map(lambda s: s.upper(), {"b": 1, "a": 2})), dict(map(lambda k: (k, len(k)), ["aa", "b"])), sum(map(int, "123")))
class Dying:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make(n):
    return Dying(n)
for d in map(make, [1, 2, 3]):
    print("got", d.n)
print("after loop")
d = None
it = filter(lambda o: o.n > 1, [Dying(10), Dying(20)])
print("filter built")
x = next(it)
print("first", x.n)
x = None
it = None
print("end")
