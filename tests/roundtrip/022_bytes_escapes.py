a = b'\x80\x81'
b = b'\0\1\177'
c = b'a\'b'
d = rb'\d'
