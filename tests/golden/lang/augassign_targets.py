class Obj:
    pass
o = Obj()
o.n = 1
o.n += 5
o.n *= 2
print(o.n)
o.lst = [1]
o.lst += [2]
print(o.lst)
d = {"k": 10}
d["k"] -= 3
d["k"] //= 2
d["k"] **= 2
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 3
print(lst)
m = [[1, 2], [3, 4]]
m[1][0] += 30
print(m)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
class Logged:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
calls = []
def key():
    calls.append("key")
    return "x"
lg = Logged()
lg[key()] += 1
print(calls)
n = 7
n %= 4
n <<= 3
n |= 1
n ^= 2
n &= 0b111111
n >>= 1
print(n)
s = "ab"
s *= 3
print(s)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
