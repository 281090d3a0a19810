def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-5), abs(5.5), abs(-0.0), abs(False), abs(-10 ** 20))
t(lambda: abs())
t(lambda: abs([]))
t(lambda: abs(1, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10 ** 20, 7), divmod(True, 2))
t(lambda: divmod("a", 1))
t(lambda: divmod(1, 2, 3))
print(pow(2, 8), pow(2.5, 2), pow(10, -2), pow(5, 3, 13), pow(-2, 3, 5), pow(2, 100, 10 ** 9 + 7), pow(base=2, exp=3), pow(2, 3, mod=5))
t(lambda: pow(1, 2, 3, 4))
t(lambda: pow("a", 2))
t(lambda: pow(2, "a"))
t(lambda: pow(2, 3, 1.0))
t(lambda: pow(0, -1, 5))
t(lambda: pow(3, -1, 6))
class N:
    def __abs__(self): return "absN"
    def __pow__(self, o): return "powN"
print(abs(N()), pow(N(), 2), N() ** 3)
