def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

texts = ["0", "00", "007", "0_7", "1_2_3", "1__2", "_1", "1_", " 12 ", "\u00a012\u2003", "+0", "-0", "+-1", "0x1f", "0X1F", "0o17", "0O17", "0b11", "0B11", "0x", "0b", "0x_1", "0_x1", "1e5", "1.0", ".5", "5.", "1e", "e5", "1e+5", "1E-5", "1_0.0_1", "1._5", "1_.5", "inf", "-Inf", "+infinity", "nan", "-nan", "NaN", "infinityx", "١٢", "１２", "12\x00", "", "  ", "z", "Z", "zz", "10", "ff", "777", "9" * 30, "-" + "1" * 25, "0" * 5 + "1"]
for s in texts:
    t(lambda: int(s))
    t(lambda: float(s))
    for b in [0, 2, 8, 10, 16, 36]:
        t(lambda: int(s, b))
