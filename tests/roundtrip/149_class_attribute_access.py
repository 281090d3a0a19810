class A:
    x = 1


a = A()
a.x = 2
A.x = 3
print(a.x, A.x, type(a).x, a.__class__.__name__)
