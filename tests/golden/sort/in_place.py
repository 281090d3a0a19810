# list.sort works in place (aliases see it) and returns None; sorted copies; self-containing lists
a = [3, 1, 2]
alias = a
r = a.sort()
print(r, a, alias is a)
b = [3, 1, 2]
c = sorted(b)
print(b, c, c is b)
d = [2, 1]
d.append(d)
try:
    d.sort()
except TypeError as e:
    print("TypeError:", e)
print(len(d), d[0], d[1])
e = []
e.sort()
print(e, sorted([]), sorted(()), sorted(""), sorted([1]))
f = [[2], [1]]
f.sort(key=lambda x: x)
print(f)
g = list(range(100, 0, -1))
g.sort()
print(g[:5], g[-5:], g == sorted(g))
