# cannot delete starred
a = [1, 2]
del *a
