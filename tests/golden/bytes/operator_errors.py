# bytes with unsupported operand types: CPython's TypeError messages
tests = [
    lambda: b'a' + 'b',
    lambda: 'a' + b'b',
    lambda: b'a' + 1,
    lambda: b'a' + [1],
    lambda: b'a' * 'x',
    lambda: b'a' * 1.5,
    lambda: b'a' - b'b',
    lambda: -b'a',
    lambda: b'a' < 'a',
    lambda: b'a' in b'abc' and 'a' in b'abc',
    lambda: 1.5 in b'abc',
    lambda: 300 in b'abc',
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b'abc'
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    del b[0]
except TypeError as e:
    print(e)
try:
    b.x = 1
except AttributeError as e:
    print(e)
try:
    b.nosuch
except AttributeError as e:
    print(e)
print(type(b'') is bytes, bytes.__name__, isinstance(b'', object))
