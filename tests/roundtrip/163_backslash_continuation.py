a = 1 + \
    2 + \
    3
if a > 1 and \
        a < 10:
    pass
assert a, \
    'msg'
b = 'x' \
    'y'
