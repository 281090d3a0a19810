# invalid syntax: two names side by side in a condition
x = 1
y = 2
if x y:
    print(x)
