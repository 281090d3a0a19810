if (n := 10) > 5:
    print(n)
while (line := 'x') != 'x':
    pass
print((y := 3))
