x = 3
a = f'{x + 1}'
b = f'{x * 2 - 1:>5}'
c = f'{[i for i in range(x)]}'
d = f'{x if x else 0}'
e = f'{-x}'
