# bytes whitespace and case rules are ASCII-only: \x1c-\x1f and \x85, \xa0 are not whitespace, high bytes have no case
ws = bytes(range(0, 33)) + b"\x85\xa0"
print([c for c in ws if bytes([c]).isspace()])
print(b"a\x1cb\x85c\xa0d\x0be\x0cf".split())
print(b"\x0b\x0c x \t\n\r".strip(), b"\x1cx\x1c".strip())
print(b"\xe9t\xc9".upper(), b"\xe9T\xc9".lower(), b"\xe9abc".capitalize(), b"\xe9a b".title(), b"\xe9aB".swapcase())
print(b"\xe9".isalpha(), b"A\xe9".isupper(), b"a\xe9".islower(), b"1\xb2".isdigit(), b"\xe9".isalnum())
print(b"a\x0bb\x0cc".splitlines(), b"a\x1cb\x1dc\x85d".splitlines(), b"a\rb\r\nc\n".splitlines(keepends=True))
print(b"Hello World".istitle(), b"Hello world".istitle(), b"HELLO".istitle(), b"".istitle(), b"A1b".istitle())
