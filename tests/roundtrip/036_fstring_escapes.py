x = 1
a = f'tab\t{x}\n'
b = f'quote\'{x}'
c = rf'raw\d{x}'
d = fr'\w'
