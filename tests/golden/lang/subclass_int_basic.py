# int subclass: arithmetic gives plain ints, repr/str follow overrides, hashing and comparisons use the value
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
m = Meters(5)
print(m, repr(m), str(m), f"{m}", f"{m:>4}", "%d" % m, format(m, "03d"))
print(m + 1, type(m + 1).__name__, 1 + m, m * m, -m, abs(Meters(-2)), m // 2, m % 3, m ** 2, m << 1, m & 4, ~m)
print(m == 5, m < 6, 6 > m, hash(m) == hash(5), {m: "five"}[5], bool(Meters(0)), int(m), float(m))
print(isinstance(m, int), type(m).__name__, [10, 20, 30, 40, 50, 60][m], range(m), list(range(Meters(3))))
print(Meters("12"), Meters("ff", 16), Meters(3.9), Meters(), m.real, m.bit_length())
