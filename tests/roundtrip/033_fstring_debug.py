x = 1
y = 2
a = f'{x=}'
b = f'{x = }'
c = f'{x+y=}'
d = f'{x=!s}'
e = f'{x=:>4}'
