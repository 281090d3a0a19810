a = u'unicode prefix'
b = U"also"
c = b'bytes'
d = B'BYTES'
