# bytes.maketrans, translate (with delete and None tables) and expandtabs, with CPython's errors
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"".maketrans(b"a", b"b")[97])
print(b"aabbcc-abc".translate(t), b"hello".translate(None, b"l"), b"hello".translate(t, delete=b"h"))
print(b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(4), b"ab\n\tc\r\td".expandtabs(2), b"\t".expandtabs(0), b"x\ty".expandtabs(tabsize=3))
tests = [
    lambda: bytes.maketrans(b"ab", b"c"),
    lambda: bytes.maketrans("a", "b"),
    lambda: bytes.maketrans(b"a"),
    lambda: b"x".translate(b"short"),
    lambda: b"x".translate("a" * 256),
    lambda: b"x".translate(None, "x"),
    lambda: b"x".translate(),
    lambda: b"x".expandtabs("4"),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
