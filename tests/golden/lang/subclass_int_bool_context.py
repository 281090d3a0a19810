# int and float subclasses in truth tests, conditions, indexes, ranges and divmod
class N(int): pass
class F(float): pass
zero, two = N(0), N(2)
print(bool(zero), bool(two), not zero, "yes" if two else "no", zero or "fallback", two and "both")
print(divmod(N(7), 2), divmod(7, N(2)), pow(N(2), 10), N(7) / 2, N(7) // N(2), 7 % N(4))
print(list(range(two)), "abc"[two], "abc"[N(-1)], [0, 1, 2][N(1):], max(N(3), 2), min(F(0.5), 1))
print(F(1.0) == N(1), hash(F(2.0)) == hash(N(2)), round(F(2.567), 2), int(F(9.99)), F(1) / 4)
