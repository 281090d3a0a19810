# invalid syntax: binary operator with nothing on its left
total = 0
for i in range(3):
    total = / i
print(total)
