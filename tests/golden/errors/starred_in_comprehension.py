# iterable unpacking cannot be used in comprehension
a = [[1], [2]]
print([*b for b in a])
