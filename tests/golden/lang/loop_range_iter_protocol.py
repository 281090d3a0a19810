r = range(2, 10, 3)
print(list(r), len(r), r[1], r[-1], 5 in r, 6 in r)
it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
for i in range(3, 0, -1):
    print(i, end=" ")
print()
total = 0
for x in (1, 2, 3):
    total += x
print(total)
words = ["a", "bb", "ccc"]
for idx, w in enumerate(words, start=1):
    print(idx, w)
for a, b in zip(words, range(10)):
    print(a, b)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for ch in reversed("abc"):
    print(ch, end="")
print()
