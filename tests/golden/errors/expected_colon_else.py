# expected ':' after else
if True:
    pass
else
    pass
