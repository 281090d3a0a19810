# expected ':' after an if condition
x = 4
if x > 3
    print(x)
