# bytes() constructor forms and their errors, with CPython's messages
print(bytes(), bytes(0), bytes(4), bytes(True))
print(bytes([0, 65, 255]), bytes((1, 2)), bytes(range(65, 70)), bytes(b'copy'))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes('x', encoding='utf8'))
print(bytes(source=b'kw'), bytes('é', 'ascii', 'replace'), bytes('é', errors='ignore', encoding='ascii'))
print(bytes(x for x in [104, 105]), bytes({1: 2}), bytes(iter([7])))


class B:
    def __bytes__(self):
        return b'from dunder'


class Bad:
    def __bytes__(self):
        return 'not bytes'


print(bytes(B()))
tests = [
    lambda: bytes('abc'),
    lambda: bytes(-1),
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(['a']),
    lambda: bytes([1.5]),
    lambda: bytes(1.5),
    lambda: bytes(None),
    lambda: bytes(object()),
    lambda: bytes(1, 'utf-8'),
    lambda: bytes(b'x', 'utf-8'),
    lambda: bytes(errors='strict'),
    lambda: bytes('x', 'utf-8', 'strict', 1),
    lambda: bytes('x', 1),
    lambda: bytes('x', 'utf-8', 2),
    lambda: bytes('x', 'no-such-codec'),
    lambda: bytes(Bad()),
    lambda: bytes(foo=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
