for x in 1, 2, 3:
    pass
for x in *[1], 2:
    pass
for x in (y for y in range(2)):
    pass
for x in [1] if True else []:
    pass
