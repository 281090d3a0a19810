print(1, sep='')
print(1, 2, sep=', ', end='\n')
sorted([1], key=None, reverse=True)
