a, b = 1, 2
x = a if b else 0
y = a if b else b if a else 0
z = (a if b else b) if a else 0
w = a if (b if a else 0) else 1
v = [a if b else 0 for _ in 'xy']
