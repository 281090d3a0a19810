# the names bytes has beyond object, and bound methods of bytes
names = [n for n in dir(bytes) if n not in dir(object)]
print(names)
print(b'x'.upper, bytes.upper)
print(bytes.fromhex, b''.fromhex)
print(hasattr(b'', 'decode'), callable(b''.hex))
