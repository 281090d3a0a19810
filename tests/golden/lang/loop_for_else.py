def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for x in range(5):
    if x == 1:
        continue
    if x == 3:
        break
    print("x", x)
else:
    print("no")
print("x after loop", x)
for c in "ab":
    pass
else:
    print("else after", c)
for k in {"p": 1, "q": 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, *rest) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, rest)
for _ in range(0):
    print("never")
print(_ if "_" in dir() else "no _ bound")
