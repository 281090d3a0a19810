def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "a=b=c".partition("="))
t(lambda: "a=b=c".rpartition("="))
t(lambda: "abc".partition("="))
t(lambda: "abc".rpartition("="))
t(lambda: "abc".partition(""))
t(lambda: "abc".partition(1))
t(lambda: "line1\nline2\r\nline3\rline4".splitlines())
t(lambda: "line1\nline2\r\n".splitlines(True))
t(lambda: "line1\nline2\r\n".splitlines(keepends=True))
t(lambda: "".splitlines())
t(lambda: "\n".splitlines())
t(lambda: "a\x0bb\x0cc\x1cd\u2028e".splitlines())
t(lambda: "no newline".splitlines())
t(lambda: "prefix-body".removeprefix("prefix-"))
t(lambda: "body.txt".removesuffix(".txt"))
t(lambda: "body".removesuffix("x"))
