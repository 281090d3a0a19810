# bytes % formatting: %s/%b take bytes, %r/%a give ASCII reprs, %c, numbers, and CPython's errors
print(b'%s and %b' % (b'x', b'y'))
print(b'%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%i|%u' % (1, 2, 3, 4, 5, 255, 255, 8, 9, 10))
print(b'%f|%.2f|%8.3f|%e|%g|%G' % (1.5, 3.14159, 2.5, 12345.678, 0.0001, 1e20))
print(b'%r %a' % ('é', b'\xff'), b'%c%c%c' % (104, b'i', 33))
print(b'%5s|%-5s|%.2s|' % (b'ab', b'cd', b'xyz'))
print(b'100%%' % (), b'%s' % b'single', b'no args' % ())
tests = [
    lambda: b'%s' % 'str',
    lambda: b'%s' % 1,
    lambda: b'%d' % b'x',
    lambda: b'%s %s' % (b'a',),
    lambda: b'%s' % (b'a', b'b'),
    lambda: b'%c' % 256,
    lambda: b'%c' % 'a',
    lambda: b'%z' % 1,
    lambda: b'%' % (),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
