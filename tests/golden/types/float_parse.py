def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["1.5", " -2.25 ", "1e3", "1E-3", "+.5", "5.", "inf", "-inf", "Infinity", "-INFINITY", "nan", "-NaN", "1_000.5", "1e400", "-1e400", "1e-400", "0x10", "", "abc", "1.2.3", "1_e3", "in f", "infinit", "\n3.0\t"]:
    t(lambda: float(s))
t(lambda: float(3))
t(lambda: float(True))
t(lambda: float(10 ** 20))
t(lambda: float(10 ** 400))
t(lambda: float(None))
t(lambda: float([1]))
t(lambda: float())
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf"))
print(1.5.is_integer(), 2.0.is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (2.0).as_integer_ratio(), (-0.75).as_integer_ratio())
print(abs(-2.5), abs(-0.0), abs(3), abs(-3), abs(True), abs(-10 ** 30))
t(lambda: abs("x"))
