x = 1
if x:
    pass
else:
    if x > 1:
        pass
    x = 2
if x:
    pass
else:
    if x:
        pass
    else:
        pass
