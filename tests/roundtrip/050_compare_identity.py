a = None
x = a is None
y = a is not None
z = not a is None
w = (a is None) is True
