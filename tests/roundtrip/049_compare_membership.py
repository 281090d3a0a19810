a = [1, 2]
x = 1 in a
y = 3 not in a
z = not 1 in a
w = (1 in a) in [True]
