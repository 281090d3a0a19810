def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: "  hi  ".strip())
t(lambda: "  hi  ".lstrip())
t(lambda: "  hi  ".rstrip())
t(lambda: "xxhixx".strip("x"))
t(lambda: "xyhiyx".strip("xy"))
t(lambda: "xyhiyx".lstrip("xy"))
t(lambda: "xyhiyx".rstrip("xy"))
t(lambda: "\t\n hi \r\n".strip())
t(lambda: "hi".strip(""))
t(lambda: "  hi ".strip(None))
t(lambda: "hi".strip(1))
t(lambda: "aaa".strip("a"))
t(lambda: "".strip())
t(lambda: "\u3000hi\u3000".strip())
