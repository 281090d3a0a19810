# dict deletion keeps the order of the rest; reinsertion goes to the end; popitem and iteration skip deleted entries
d = {i: str(i) for i in range(20)}
for i in range(0, 20, 3):
    del d[i]
print(list(d), len(d))
d[0] = "back"
d[5] = "five"
print(list(d.items())[-3:], d.popitem(), d.popitem())
for i in list(d):
    if i % 2:
        del d[i]
print(d)
while d:
    print(d.popitem(), end=" ")
print()
d[1] = 1
print(d)
big = {}
for i in range(5000):
    big[i] = i
    if i % 2:
        del big[i - 1]
print(len(big), list(big)[:5], list(big)[-3:])
for k in list(big):
    if k < 9990:
        del big[k]
print(big, big.get(4999), 4997 in big, 4998 in big)
e = {"a": 1, "b": 2, "c": 3}
del e["b"]
e["b"] = 4
print(e, list(e.keys()), list(e.values()))
try:
    for k in e:
        del e[k]
except RuntimeError as err:
    print("RuntimeError:", err)
print(e)
f = dict.fromkeys("abcdef")
del f["a"], f["f"]
f.pop("c")
print(f, f.setdefault("a", 0), f)
it = iter(f)
print(next(it))
f["z"] = 1
del f["z"]
print(next(it), next(it))
