a = b''
b = b'abc'
c = b'\x00\xff\n\t\\'
d = b"quote's"
e = b'''triple'''
