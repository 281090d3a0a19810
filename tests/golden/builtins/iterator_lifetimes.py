class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return "D(%d)" % self.n
    def __lt__(self, other): return self.n < other.n

print("sorted")
s = sorted([D(3), D(1), D(2)])
print(s)
s = None
print("max")
m = max([D(5), D(7), D(6)])
print(m)
m = None
print("enumerate")
for i, d in enumerate([D(10), D(11)]):
    print(i, d)
print("after enumerate")
d = None
print("zip")
z = zip([D(20), D(21)], [D(22)])
print(next(z))
print("drop zip")
z = None
print("reversed")
r = reversed([D(30), D(31)])
print(next(r))
r = None
print("dict values")
dd = {"a": D(40), "b": D(41)}
v = dd.values()
dd = None
print("view alive", list(v))
v = None
print("pop")
lst = [D(50), D(51)]
lst.pop(0)
print("popped")
lst.remove(lst[0])
print("removed")
print("filter")
f = filter(None, [D(60)])
x = next(f)
print(next(f, "done"))
f = None
x = None
print("end")
