# bytes comparisons, hashing, dict/set membership; bytes never equal str
print(b'a' < b'b', b'a' < b'ab', b'' < b'\x00', b'\xff' > b'\x7f', b'abc' <= b'abc', b'b' >= b'a')
print(b'abc' == b'abc', b'abc' != b'abd', b'a' == 'a', 'a' == b'a', b'1' == 1, b'' == None)
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == hash(b''))
d = {b'x': 1, b'y': 2}
d[b'x' + b''] = 3
print(d, b'y' in d, 'y' in d)
s = {b'k', b'k', bytes([107])}
print(len(s), b'k' in s)
for op in ("<", ">", "<=", ">="):
    for other in ("'a'", "1", "None", "[1]"):
        try:
            eval_ok = {"<": lambda a, b: a < b, ">": lambda a, b: a > b,
                       "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}[op]
            eval_ok(b'a', {"'a'": 'a', "1": 1, "None": None, "[1]": [1]}[other])
        except TypeError as e:
            print(e)
print(b'a' in [b'a'], b'a' in ('a',), [b'a'].index(b'a'))
