samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx", "cr\rx",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ü ñ", "日本語", "\u200b\u2028\u2029", "\ud7ff",
           "\U0001F600", "\U000e0001", "\ufeff", "\U0010ffff", "\u0378", "a\u0300"]
for s in samples:
    print(repr(s), len(s), s.isprintable())
print(repr(samples))
print(ascii("é日\U0001F600\x00"))
print(ascii(["é", 1, ("ü",)]))
print(str("x"), str(1), str(1.5), str(None), str([1, "a"]), str(("a",)))
print(f"{'é'!a} {'x'!r} {'y'!s}")
