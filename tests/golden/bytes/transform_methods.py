# bytes methods that build new bytes: split/join/strip/replace/partition/case/pad/hex/fromhex
print(b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'  a  b \t\n c\x0b'.split(), b''.split(), b''.split(b','))
print(b'a b c'.split(maxsplit=1), b'a,b,c'.rsplit(b',', 1), b'  a b  c '.rsplit(None, 1), b'x'.rsplit())
print(b'ab\ncd\r\nef\rg'.splitlines(), b'ab\ncd\n'.splitlines(True), b''.splitlines(), b'x\n'.splitlines(keepends=True))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x',)), b'.'.join(x for x in [b'1', b'2']))
print(b'  hi  '.strip(), b'xxhixx'.strip(b'x'), b'  hi'.lstrip(), b'hi  '.rstrip(), b'abcba'.strip(b'ab'), b' x '.strip(None))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'bb', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b'abc'.replace(b'x', b'y'))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removeprefix(b'y'))
print(b'Hello World'.upper(), b'Hello World'.lower(), b'Hello World'.swapcase(), b'hello world'.capitalize(), b"they're bill's".title())
print(b'123'.isdigit(), b'12a'.isdigit(), b''.isdigit(), b'abC'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace(), b'\xff'.isascii(), b'ab'.isascii())
print(b'ABC1'.isupper(), b'abc1'.islower(), b'1'.isupper(), b'Hello World'.istitle(), b'hello'.istitle(), b'\xe9'.isalpha())
print(b'ab'.center(7), b'ab'.center(6, b'*'), b'abc'.center(6, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'ab'.center(1))
print(b'42'.zfill(5), b'-42'.zfill(6), b'+x'.zfill(4), b'abc'.zfill(2))
print(b'\x00\xffab'.hex(), b''.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcde'.hex(b' ', 2), b'abcde'.hex(':', -2))
print(bytes.fromhex(''), bytes.fromhex('00ff 10'), bytes.fromhex(' 4142 '), b''.fromhex('61'))
tests = [
    lambda: b'a'.split(''),
    lambda: b'a'.split(b''),
    lambda: b'a'.join(['a']),
    lambda: b'a'.join([b'x', 1]),
    lambda: b'a'.join(5),
    lambda: b'a'.strip('a'),
    lambda: b'a'.replace('a', b'b'),
    lambda: b'a'.replace(b'a'),
    lambda: b'a'.partition(b''),
    lambda: b'a'.partition('a'),
    lambda: b'a'.upper(1),
    lambda: b'a'.center(),
    lambda: b'a'.center(5, '*'),
    lambda: b'a'.center(5, b'**'),
    lambda: b'a'.zfill('5'),
    lambda: bytes.fromhex('abc'),
    lambda: bytes.fromhex('zz'),
    lambda: bytes.fromhex(b'00'),
    lambda: b'a'.hex('::'),
    lambda: b'a'.hex(1),
    lambda: b'a'.split(b',', 'x'),
    lambda: b'a'.removeprefix('a'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
