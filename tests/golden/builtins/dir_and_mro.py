# dir() of instances, classes and locals; cls.mro().
class A: pass
class B(A):
    x = 1
    def m(self): pass
print(B.mro())
b = B(); b.y = 2
print(dir(b))
print(dir(B)[-4:])
def f():
    z = 1
    print(dir())
f()
