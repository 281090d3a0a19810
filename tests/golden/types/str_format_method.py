class P:
    def __init__(self):
        self.x = 3
        self.name = "pt"

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "{} {}".format(1, 2))
t(lambda: "{1} {0} {1}".format("a", "b"))
t(lambda: "{name}={value}".format(name="x", value=42))
t(lambda: "{0[1]} {0[0]}".format(["a", "b"]))
t(lambda: "{d[key]}".format(d={"key": "v"}))
t(lambda: "{0.x} {0.name}".format(P()))
t(lambda: "{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
t(lambda: "{:*^9}".format("mid"))
t(lambda: "{:08.3f}".format(3.14159))
t(lambda: "{:,}".format(1234567))
t(lambda: "{:x} {:X} {:#o} {:#b}".format(255, 255, 8, 5))
t(lambda: "{!r} {!s}".format("q", "q"))
t(lambda: "{0!r:>10}".format("q"))
t(lambda: "{{}} {{{0}}}".format(7))
t(lambda: "{:{w}}|".format("x", w=5))
t(lambda: "{:.{p}f}".format(2.71828, p=2))
t(lambda: "{} {}".format(1))
t(lambda: "{5}".format(1))
t(lambda: "{missing}".format(a=1))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0.nope}".format(P()))
t(lambda: "{:d}".format("s"))
t(lambda: "{:d}".format(1.5))
t(lambda: "{:s}".format(5))
t(lambda: "{!x}".format(5))
t(lambda: "{0[5]}".format([1]))
