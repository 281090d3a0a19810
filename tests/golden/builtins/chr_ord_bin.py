def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(chr(65), chr(0x263a), chr(0), repr(chr(0x10ffff)), ord("A"), ord("é"), ord("\U0001F600"))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
t(lambda: chr(1.5))
t(lambda: chr())
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(1))
t(lambda: ord())
for n in [0, 1, 5, -5, 255, -255, 2 ** 70, True]:
    print(bin(n)[2:] if n >= 0 else bin(n), oct(n).replace("0o", "OO"), hex(n).replace("0x", "XX"))
t(lambda: bin(1.5))
t(lambda: oct("1"))
t(lambda: hex(None))
t(lambda: bin())
t(lambda: hex(1, 2))
print(bin(-1)[:3], oct(8)[:2], len(hex(255)))
