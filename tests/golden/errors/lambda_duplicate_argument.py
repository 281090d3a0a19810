# lambda with a duplicate parameter
f = lambda x, x=1: x
