# int.to_bytes and int.from_bytes: byte orders, signed, defaults and CPython's errors
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), (2**64).to_bytes(9, 'big'))
print((5).to_bytes(length=3, byteorder='little'), (127).to_bytes(1, 'big', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b''), int.from_bytes(b'\xff'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x80', 'little', signed=True), int.from_bytes([1, 2], 'big'))
print(int.from_bytes(bytes=b'\x01', byteorder='big'), (1).from_bytes(b'\x02', 'big'), bool.from_bytes(b'\x01', 'big'))
print(int.from_bytes(b'\x01' * 20, 'big'), (12345678901234567890).to_bytes(10, 'little'))
tests = [
    lambda: (256).to_bytes(1, 'big'),
    lambda: (-1).to_bytes(1, 'big'),
    lambda: (128).to_bytes(1, 'big', signed=True),
    lambda: (1).to_bytes(1, 'middle'),
    lambda: (1).to_bytes(-1, 'big'),
    lambda: (1).to_bytes('1', 'big'),
    lambda: (1).to_bytes(1, 2),
    lambda: (1).to_bytes(1, 'big', True),
    lambda: int.from_bytes('abc', 'big'),
    lambda: int.from_bytes(b'a', 'sideways'),
    lambda: int.from_bytes(),
    lambda: int.from_bytes(1, 'big'),
    lambda: (1).to_bytes(1, 'big', signed=True, x=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
