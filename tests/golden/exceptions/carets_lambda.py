halve = lambda x: x / 2
print(halve(4))
print(halve("four"))
