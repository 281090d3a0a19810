def find(items, x):
    for i in items:
        if i == x:
            return i


found = find([1, 2], 3)
found.append(4)
