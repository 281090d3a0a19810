x = 1
assert x
assert x == 1, 'message'
assert (x, 'tuple')[0]
assert x, (1, 2)
assert not x or x, f'{x}'
