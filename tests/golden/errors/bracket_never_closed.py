# '[' was never closed
items = [1, 2,
    3, 4
print(items)
