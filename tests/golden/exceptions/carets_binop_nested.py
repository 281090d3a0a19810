def compute(a, b, c):
    return a * 2 + b ** 2 - c % 3


print(compute(1, 2, 3))
print(compute(1, 2, None))
