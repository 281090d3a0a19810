# str.encode and bytes.decode for utf-8, ascii and latin-1, with error handlers and messages
s = 'aé€😀'
for enc in ('utf-8', 'UTF8', 'utf_8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1', 'US-ASCII'):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
print('plain'.encode(), 'x'.encode(encoding='ascii'), 'y'.encode(errors='bogus'))
data = [b'abc', b'\xc3\xa9', b'\xff', b'a\x80b', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2(', b'\xe2\x82A',
        b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf5', b'\xe0\x80', b'x\xf0']
for d in data:
    for enc in ('utf-8', 'ascii', 'latin-1'):
        for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
            try:
                print(d, enc, errors, repr(d.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(d, enc, errors, "UnicodeDecodeError:", e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(b'ab', encoding='ascii'))
tests = [
    lambda: 'x'.encode('nope'),
    lambda: b'x'.decode('nope'),
    lambda: 'x'.encode(1),
    lambda: 'x'.encode('utf-8', 1),
    lambda: b'x'.decode(None),
    lambda: 'é'.encode('ascii', 'bogus'),
    lambda: b'\xff'.decode('utf-8', 'bogus'),
    lambda: 'x'.encode('utf-8', 'strict', 3),
    lambda: b'x'.decode('utf-8', 'strict', 3),
    lambda: b'x'.decode(foo=1),
    lambda: bytes.decode('x'),
    lambda: str.encode(b'x'),
    lambda: str(b'\xff', 'ascii'),
    lambda: str('x', 'utf-8'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    b'\xff'.decode()
except UnicodeError as e:
    print("caught as UnicodeError:", type(e).__name__, isinstance(e, ValueError))
