def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ["", "d", ",", "_", "+", "-", " ", "#x", "#X", "#o", "#b", "x", "08", "+08", "<10", ">10", "^10", "*^11", "=+10", "010,", "_x", "_b", "c", "n", "e", ".2f", "%", "g"]:
    t(lambda: format(1234567, spec))
    t(lambda: format(-42, spec))
for spec in ["", "f", ".2f", "08.3f", "+.1f", ".2e", ".3E", "e", "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f", ">12.2f", "<12.2f", "^12.2f", "=12.2f", "012.2f", ".0f", "#.0f", ".0e", "#g", " f", "n", "10"]:
    t(lambda: format(1234.5678, spec))
    t(lambda: format(-0.000123456, spec))
for x in [0.0, -0.0, 1e16, 1e-5, 123456789.0, 1.5, 2.5, float("inf"), float("-inf"), float("nan"), 1e100, 0.1]:
    print(format(x, ""), format(x, "g"), format(x, ".3"), format(x, "f"), format(x, "e"), format(x, ".2%"), format(x, "10.4g"))
for spec in ["", "s", ">5", "<5", "^5", "*^7", ".2", "10.3"]:
    t(lambda: format("abcd", spec))
t(lambda: format("abc", "d"))
t(lambda: format(1.5, "d"))
t(lambda: format(1, "s"))
t(lambda: format(1, "z"))
t(lambda: format(1.5, "x"))
t(lambda: format("a", "=5"))
t(lambda: format("a", "+"))
t(lambda: format(1, ".2d"))
t(lambda: format(1, ",x"))
t(lambda: format(True, ""))
t(lambda: format(True, "d"))
t(lambda: format(True, ">5"))
t(lambda: format(None, ""))
t(lambda: format(None, ">5"))
t(lambda: format([1], ""))
print(f"{3.14159:.2f} {42:05d} {'x':>3} {1e6:,.0f} {255:#x} {0.25:.0%} {-3:+d} {7:b}")
w = 10
p = 3
print(f"{3.14159:{w}.{p}f}|{'s':^{w}}|")
