# str.splitlines: every line boundary CPython recognises, keepends, and its argument errors
text = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=1))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "x\n\n".splitlines())
print("\r\n\r".splitlines(True), "\n\r".splitlines(True))
print("no newline".splitlines(False))
print("tab\tand\x1fus".splitlines())
class S(str):
    pass
parts = S("one\ntwo").splitlines()
print(parts, [type(p).__name__ for p in parts])
print(b"a\nb\x0bc\r\nd".splitlines(), b"a\r\nb".splitlines(keepends=True))
for bad in [lambda: "a".splitlines(1.5), lambda: "a".splitlines(True, False), lambda: "a".splitlines(ends=True), lambda: str.splitlines(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
