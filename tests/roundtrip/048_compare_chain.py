a, b, c = 1, 2, 3
x = a < b < c
y = a <= b >= c
z = a == b != c
w = a < b > c <= a
