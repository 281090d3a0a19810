# bytes as dict keys and set members, in lists, tuples, sorted, min/max, and identity of slices
d = {b"a": 1, b"b": 2, "a": 3}
print(d[b"a"], d["a"], len(d), b"b" in d, "b" in d)
s = {b"x", b"x", b"y"}
print(len(s), b"x" in s, sorted(s))
print(sorted([b"b", b"a", b"", b"ab"]), min([b"z", b"y"]), max(b"az", b"b"))
print([b"a"] * 2, (b"a", b"b") + (b"c",), [b"a", b"b"].index(b"b"), [b"a", b"a"].count(b"a"))
b = b"abc"
print(b[:] is b, b[0:3] is b, bytes(b) is b, b + b"" == b, b * 1 == b)
print(list(map(len, [b"", b"a", b"ab"])), list(zip(b"ab", b"cd")), dict(zip(b"ab", range(2))))
print(any(b"\x00"), all(b"\x01\x02"), sum(b"\x01\x02\x03"), sorted(b"cba"), list(reversed(b"ab")))
print(b"a" in [b"a"], bytes([97]) == b"a", [x for x in b"hi" if x > 104])
