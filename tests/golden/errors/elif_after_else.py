# elif after else
x = 1
if x == 0:
    pass
else:
    pass
elif x == 1:
    pass
