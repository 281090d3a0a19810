x = 1
a = 'a' f'{x}' 'b'
b = f'{x}' f'{x}'
c = ('start '
     f'{x!r}'
     ' end')
