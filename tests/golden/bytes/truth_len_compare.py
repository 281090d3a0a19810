# bytes truth, len, ordering of prefixes and high bytes, equality with other types, in conditions
vals = [b"", b"\x00", b"a", b"ab", b"b", b"\xff", b"\x7f", b"aa"]
for v in vals:
    print(repr(v), bool(v), len(v), "yes" if v else "no", not v)
print(sorted(vals))
print([a < b for a, b in zip(vals, vals[1:])])
print(b"abc" == bytes([97, 98, 99]), b"a" != "a", b"" == (), b"1" == 1, b"a" == bytearray if False else None)
x = b"loop"
while x:
    x = x[1:]
    print(x, end=" ")
print()
print(max(vals), min(vals), vals.index(b"ab"), b"ab" in vals)
