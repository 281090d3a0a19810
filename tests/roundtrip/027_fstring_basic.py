x = 1
y = 'two'
a = f'{x}'
b = f"{x} and {y}"
c = f''
d = F'plain'
