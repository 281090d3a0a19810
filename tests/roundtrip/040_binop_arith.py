a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
