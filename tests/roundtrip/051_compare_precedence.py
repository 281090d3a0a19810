a, b = 1, 2
x = a + 1 < b * 2
y = a | b == 3
z = (a < b) == True
w = a < b and b < 3
v = not a < b
