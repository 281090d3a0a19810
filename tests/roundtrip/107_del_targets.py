a = b = c = 1
d = [1, 2, 3]
e = {'k': 1}
del a
del b, c
del d[0], e['k']
d = [1, 2]
del (d[0])
x = y = 1
del (x, y)
x = y = 1
del [x, y]
