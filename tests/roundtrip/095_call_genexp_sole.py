a = list(x for x in range(3))
b = tuple(x for x in range(3) if x)
c = dict((x, x) for x in range(2))
d = ''.join(str(x) for x in range(3))
