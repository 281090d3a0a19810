# bytes as a sequence: indexing gives ints, slicing gives bytes, len, iteration, in, + and *
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:5], b[::-1], b[::2], b[-3:], b[5:1], b[100:], b[:-100])
print(len(b), len(b''), bool(b''), bool(b'\x00'))
print(list(b'abc'), tuple(b'\x00\xff'), [x + 1 for x in b'ab'])
print(b'lo' in b, b'' in b, b'xyz' in b, 111 in b, 0 in b, True in b'\x01')
print(b'ab' + b'cd', b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, b'' * 10)
x = b'a'
x += b'b'
x *= 2
print(x)
print(sorted([b'b', b'a', b'ab', b'', b'\xff']))
print(max(b'hello'), min(b'hello'), sum(b'\x01\x02'))
print(b'abc'.__len__(), len(b'abc' * 1000))
for i, c in enumerate(b'xy'):
    print(i, c, chr(c))
it = iter(b'ab')
print(next(it), next(it), next(it, 'end'))
print(list(reversed(b'abc')) if hasattr(b'', '__reversed__') else list(b'abc')[::-1])
for bad in ("b[20]", "b['x']", "b[1.5]", "b[-20]"):
    try:
        eval_result = None
        if bad == "b[20]":
            b[20]
        elif bad == "b['x']":
            b['x']
        elif bad == "b[1.5]":
            b[1.5]
        else:
            b[-20]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
