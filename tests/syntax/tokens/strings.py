a = 'single'
b = "double"
c = '''tri
ple'''
d = """tri\
ple"""
e = r'raw\n'
f = b'\x00\xff\777'
g = rb'\d' + BR"x"
h = f'{x}\n' + Rf"{y}" + fR'z'
i = u'\u00e9\U0001F600 é'
j = '\a\b\f\v\t\0\101\x41\d\
'
k = ''
l = """"""
m = 'it\'s' "q\""
