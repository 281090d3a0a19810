a = r'\d+\s*'
b = R"\n"
c = r'''raw\triple'''
d = rb'\x00'
e = Br'\q'
