f = lambda x: lambda y: x + y
g = lambda: (yield_ := 1)
h = (lambda x: x)(1)
k = lambda x=lambda: 1: x()
