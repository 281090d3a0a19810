# more bytes % conversions: widths, signs, alternate forms, %c padding, percent literals
print(b"[%5c][%-3c][%c]" % (65, b"B", 0))
print(b"%#x %#o %#X %+.3f % d %05.1f" % (255, 8, 255, 2.5, 7, -3.14159))
print(b"%x %o %d" % (-255, -8, -0), b"%.3s|%8.2s|" % (b"abcdef", b"xyz"))
print(b"%r" % "text", b"%a" % "\u20ac", b"%r" % 1.5, b"%a" % [b"x"])
print(b"%s%%%s" % (b"a", b"b"), b"%% %s %%" % b"q")
print(b"%d%%" % 50, b"%i" % True, b"%s" % memoryview(b"m") if False else b"%s" % b"m")
