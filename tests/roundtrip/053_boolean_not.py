a, b = True, False
x = not a and b
y = not (a and b)
z = not a or not b
w = a and not b
