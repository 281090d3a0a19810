a, b = 12, 10
print(a & b, a | b, a ^ b, a << 2, a >> 1, ~a)
