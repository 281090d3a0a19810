x = 3
if x == 1:
    a = 1
elif x == 2:
    a = 2
elif x == 3:
    a = 3
else:
    a = 0
if x:
    pass
if x:
    pass
else:
    pass
