a = [1, 2]
print(*a)
print(0, *a, 3)
print(*a, *a)
print(*a, sep='-')
print(*(a or []))
