def merge(a, b):
    return [*a, *b]


print(merge([1], (2, 3)))
print(merge([1], 5))
