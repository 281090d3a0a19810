# bytes search methods: find/rfind/index/rindex/count/startswith/endswith with ints, ranges and errors
b = b'abracadabra'
print(b.find(b'bra'), b.find(b'bra', 2), b.find(b'zz'), b.find(97), b.find(b''), b.find(b'', 20))
print(b.rfind(b'bra'), b.rfind(b'a', 0, 5), b.rfind(b''), b.rfind(100))
print(b.index(b'cad'), b.rindex(b'a'), b.count(b'a'), b.count(b'bra'), b.count(b''), b.count(97, 1, 4))
print(b.find(b'a', -3), b.find(b'a', None, None), b.count(b'a', -100, 100))
print(b.startswith(b'abr'), b.startswith((b'x', b'ab')), b.startswith(b'bra', 1), b.endswith(b'bra'),
      b.endswith(b'cad', 0, 7), b.startswith(b''), b.endswith((b'z',)), b.startswith(b'a', 20))
tests = [
    lambda: b.index(b'zz'),
    lambda: b.rindex(b'zz'),
    lambda: b.find('a'),
    lambda: b.find(256),
    lambda: b.find(-1),
    lambda: b.count(),
    lambda: b.count(b'a', 1, 2, 3),
    lambda: b.find(b'a', 'x'),
    lambda: b.startswith('a'),
    lambda: b.startswith(['a']),
    lambda: b.endswith((b'a', 'b')),
    lambda: b.startswith(),
    lambda: b.find(b'a', start=1),
    lambda: bytes.find('abc', b'a'),
    lambda: bytes.find(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
