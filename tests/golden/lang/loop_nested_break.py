for i in range(3):
    for j in range(3):
        if j == i:
            print("skip", i, j)
            continue
        if j > i:
            print("break inner at", i, j)
            break
        print("pair", i, j)
    else:
        print("inner completed for", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if (i + j) % 3 == 0:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print("count", count)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print("iter", x)
