def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
t(lambda: s.startswith("hell"))
t(lambda: s.startswith("world"))
t(lambda: s.startswith("world", 6))
t(lambda: s.startswith("wor", 6, 8))
t(lambda: s.startswith("wor", 6, 9))
t(lambda: s.startswith(("x", "he")))
t(lambda: s.startswith(("x", "y")))
t(lambda: s.startswith(()))
t(lambda: s.startswith(""))
t(lambda: s.startswith("", 20))
t(lambda: s.endswith("world"))
t(lambda: s.endswith("hello", 0, 5))
t(lambda: s.endswith(("ld", "zz")))
t(lambda: s.endswith("o", -7, -5))
t(lambda: s.startswith(1))
t(lambda: s.endswith(["a"]))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.startswith())
