vals = [10, 2 ** 63 + 1, 9007199254740993, -(10 ** 30), 3, 7, 10 ** 22 + 1, 2 ** 1100, 12345678901234567890123]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(a / b)
        except OverflowError as e:
            row.append(str(e))
    print(row)
print(10 ** 400 / 10 ** 399, 1 / 3, (2 ** 53 + 1) / 1, 2 ** 1023 * 3 // 2 / 1)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076, 2 ** 1074 / 2 ** 2148 if False else 0)
print(900719925474099.25, 0.1 * 3, 1 / 10, 2 / 3, 1e23, 8.41e21, 5e-324 * 3)
try:
    print(-(10 ** 350) / 10 ** 20)
except OverflowError as e:
    print(type(e).__name__, e)
