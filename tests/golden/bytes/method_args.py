# bytes methods called with wrong argument counts and types, and as unbound methods
tests = [
    lambda: b"x".upper(1),
    lambda: b"x".isdigit(None),
    lambda: b"x".split(b",", 1, 2),
    lambda: b"x".split(sep=1),
    lambda: b"x".split(x=1),
    lambda: b"x".strip(b"a", b"b"),
    lambda: b"x".join(),
    lambda: b"x".join([b"a"], [b"b"]),
    lambda: b"x".replace(b"a", b"b", "c"),
    lambda: b"x".decode("utf-8", "strict", "x"),
    lambda: b"x".hex(1, 2, 3),
    lambda: b"x".startswith(b"x", "a"),
    lambda: b"x".center(1, 2, 3),
    lambda: b"x".zfill(),
    lambda: b"x".partition(),
    lambda: b"x".removeprefix(),
    lambda: b"x".splitlines(1, 2),
    lambda: bytes.fromhex(),
    lambda: bytes.fromhex("a", "b"),
    lambda: bytes.upper(),
    lambda: bytes.upper("x"),
    lambda: bytes.split(1),
    lambda: bytes.decode([]),
    lambda: len(b"abc", 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(bytes.upper(b"ok"), bytes.split(b"a b"), bytes.decode(b"\xc3\xa9"), bytes.hex(b"\x01"))
