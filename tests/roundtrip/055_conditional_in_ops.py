a = 1
x = (a if a else 2) + 1
y = a + (1 if a else 2)
z = not (a if a else 0)
w = (lambda: 1) if a else (lambda: 2)
