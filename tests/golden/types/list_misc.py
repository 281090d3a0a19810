def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [[0] * 2] * 2
a[0][0] = 1
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 1
print(b)
c = list(range(6))
del c[:]
print(c)
c = list(range(6))
c[::-1] = "abcdef"
print(c)
c[1:5:2] = ("X", "Y")
print(c)
del c[::-2]
print(c)
print(list({"a": 1, "b": 2}.keys()), list({"a": 1}.items()))
t(lambda: [1, 2].index(1, start=0))
t(lambda: [3, 1, 2].sort(key=lambda x: x, reverse=False))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: (p[0], p[1])))
print([[1, 2], [1]] < [[1, 2], [2]], [[1]] == [[1]], [1, [2, [3]]] == [1, [2, [3]]])
print(list.__len__([1, 2]), [].__len__(), len([None] * 5))
x = [1, 2, 3]
y = x[:]
y.append(4)
print(x, y, x is y, x == y[:3])
z = [5, 3, 8]
z.sort(reverse=True)
print(z, z.pop(), z)
w = []
for i in range(5):
    w.insert(0, i)
print(w, w.count(3), w.index(0))
print([1, 2, 3][-1:], [1, 2, 3][:-1], [1, 2, 3][-2::-1], [][::-1], [1][5:])
t(lambda: [].index(1))
t(lambda: [1, 2].remove(3))
t(lambda: [].remove())
t(lambda: [1].insert("a", 2))
t(lambda: list.append([], 1, 2))
t(lambda: [1, 2, 3].pop(-4))
m = [3, 1, 2]
print(m.reverse(), m, m.copy() == m, m.clear(), m)
n = [1, 2]
n.extend(x for x in [] if False) if False else n.extend([])
print(n)
