# encode/decode round trips over many code points, hex/fromhex and to_bytes/from_bytes round trips
text = "".join(chr(c) for c in range(0, 0x800, 7)) + "€😀\U0010ffff"
data = text.encode("utf-8")
print(len(text), len(data), data.decode("utf-8") == text, data[:20], data[-8:])
latin = "".join(chr(c) for c in range(256))
print(latin.encode("latin-1") == bytes(range(256)), bytes(range(256)).decode("latin-1") == latin)
print(bytes(range(128)).decode("ascii") == latin[:128])
h = bytes(range(0, 256, 5)).hex()
print(h[:40], bytes.fromhex(h) == bytes(range(0, 256, 5)))
for n in (0, 1, 255, 256, 65535, 2**31, 2**64 - 1, 2**100):
    b = n.to_bytes((n.bit_length() + 7) // 8 or 1, "big")
    print(n, b.hex(), int.from_bytes(b, "big") == n, int.from_bytes(b[::-1], "little") == n)
for n in (-1, -128, -129, 127, 128, -(2**63)):
    b = n.to_bytes(9, "little", signed=True)
    print(n, b.hex(), int.from_bytes(b, "little", signed=True))
