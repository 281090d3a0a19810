def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "42".zfill(5))
t(lambda: "-42".zfill(5))
t(lambda: "+42".zfill(5))
t(lambda: "abc".zfill(2))
t(lambda: "".zfill(3))
t(lambda: "abc".center(9))
t(lambda: "abc".center(8))
t(lambda: "ab".center(7, "*"))
t(lambda: "ab".center(8, "*"))
t(lambda: "abc".ljust(6, "."))
t(lambda: "abc".rjust(6, "."))
t(lambda: "abc".rjust(2))
t(lambda: "abc".center(9, "ab"))
t(lambda: "abc".ljust("5"))
t(lambda: "abc".ljust())
t(lambda: "a\tb\tc".expandtabs())
t(lambda: "a\tbc\td".expandtabs(4))
