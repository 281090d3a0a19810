def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
class P:
    def __repr__(self):
        return "P()"
class Bad:
    def __format__(self, spec):
        return 5
t(lambda: format(F(), "abc"))
t(lambda: f"{F():xyz} {F()!r:>3}")
t(lambda: "{:q}".format(F()))
t(lambda: format(P()))
t(lambda: format(P(), ""))
t(lambda: format(P(), ">5"))
t(lambda: f"{P()}|{P()!s:>6}|{P()!r}")
t(lambda: format(Bad(), ""))
t(lambda: format([1, 2], ""))
t(lambda: format((1,), ">8"))
t(lambda: format(None))
t(lambda: format(1.5, "=+8.2f"))
t(lambda: format(42, "c"))
t(lambda: format(-42, "c"))
t(lambda: format("x", "c"))
t(lambda: format(3, "x") + format(3, "o") + format(3, "b"))
t(lambda: format(0, "#x") + format(0, "#b"))
t(lambda: format(1234, "+,"))
t(lambda: format(1234.5, "+,.1f"))
t(lambda: format(1.0, "#"))
t(lambda: format(100.0, ".0"))
t(lambda: format(1e20, ".0f"))
t(lambda: format(0.000015, ".1"))
t(lambda: format(float("nan"), "+"))
t(lambda: format(float("inf"), "08.2f"))
t(lambda: format(float("-inf"), "e"))
t(lambda: f"{1:{'>'}{4}}")
t(lambda: f"{'abc'!r:^9}")
t(lambda: f"{3.14159:.{2}f}")
