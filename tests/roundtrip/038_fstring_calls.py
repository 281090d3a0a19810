def g(a, b=0):
    return a + b


x = 2
a = f'{g(x)}'
b = f'{g(x, b=3)}'
c = f'{(lambda y: y)(x)}'
d = f'{(z := 4)}'
