class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return "D(%d)" % self.n
a = [D(1), D(2), D(3)]
print("pop")
x = a.pop()
print("popped", x)
x = None
print("remove")
a.remove(a[0])
print("after remove", a)
a.extend([D(4), D(5)])
print("slice assign")
a[0:2] = [D(6)]
print("after slice", a)
print("clear")
a.clear()
print("cleared")
b = [D(7), D(8), D(9)]
print("del slice")
del b[0:2]
print("after del slice", b)
b[0] = D(10)
print("after setitem")
c = [D(11), D(12)]
c *= 1
print("sort")
c.sort(key=lambda d: -d.n)
print(c)
c = None
print("dict")
d = {"a": D(20), "b": D(21)}
d["a"] = D(22)
print("replaced")
d.pop("b")
print("popped b")
d.popitem()
print("popitem")
d["x"] = D(23)
d.clear()
print("end")
