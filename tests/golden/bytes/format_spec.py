# bytes in format(), str.format and f-strings: only the empty spec is allowed, conversions work
print(format(b"x"), format(b"x", ""), "{0}|{0!r}|{0!s}|{0!a}".format(b"\xff"))
print(f"{b'a'}", f"{b'a'!r}", f"{b'q'!a}")
for spec in ("10", "<5", "s", "x"):
    try:
        print(format(b"ab", spec))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(f"{b'ab':>5}")
except TypeError as e:
    print("TypeError:", e)
print("%s|%r|%a" % (b"x", b"y", b"\xff"))
print(str(b"q"), repr(b"q"), ascii(b"q"))
