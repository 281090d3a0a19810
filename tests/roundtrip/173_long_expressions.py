x = (1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 << 9 >> 10 & 11 ^ 12 | 13)
y = [i * j for i in range(3) for j in range(3) if i != j if i + j > 1]
z = {k: (v if v else -v) for k, v in zip('abc', range(-1, 2))}
