def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(1), repr("a"), repr([1, "a"]), repr(None), repr(1.0), repr((1,)), repr({"a": [1]}))
print(str(1), str("a"), str(b"" if False else "b"), str(), str(1.5e-7), str([None]))
print(ascii("abc"), ascii("é"), ascii("\n"), ascii(["日"]), ascii(1), ascii({"ключ": "зн"}))
t(lambda: repr())
t(lambda: repr(1, 2))
t(lambda: ascii())
t(lambda: str(1, 2, 3, 4))
class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S!"
class Bad:
    def __repr__(self): return 5
print(repr(R()), str(R()), str(S()), [R()], ascii(R()), f"{R()!r} {S()}")
t(lambda: repr(Bad()))
t(lambda: str(Bad()))
t(lambda: [Bad()].__repr__())
