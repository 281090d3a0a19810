def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5), round(2.675, 2), round(1.005, 2))
print(round(3.14159, 3), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), round(5, 2), round(5.0), round(5.0, 0), round(0.125, 2), round(0.375, 2), round(1e20, 2), round(2.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, -1)).__name__)
print(round(15, -1), round(25, -1), round(-15, -1), round(123456789, -4), round(True), round(0.1 + 0.2, 10))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
t(lambda: round("x"))
t(lambda: round(1.5, 1.5))
t(lambda: round())
for a in [7, -7, 7.5, -7.5, 0]:
    for b in [2, -2, 2.5, -0.5]:
        print(a, b, a // b, a % b, divmod(a, b))
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod(1, "a"))
t(lambda: divmod(1))
t(lambda: 1 / 0)
t(lambda: 1.0 / 0)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(10 ** 20) // 3, -(10 ** 20) % 3, (10 ** 20) % -7)
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"), 6.5 // 2.0, -6.5 // 2)
