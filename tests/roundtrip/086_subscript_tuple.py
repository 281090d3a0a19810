d = {}
d[1, 2] = 3
x = d[1, 2]
y = d[(1, 2)]
d[3,] = 4
z = d[()] if () in d else None
