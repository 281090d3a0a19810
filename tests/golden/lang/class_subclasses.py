# type.__subclasses__(): direct subclasses in creation order; dead ones disappear
class Base: pass
class A(Base): pass
class B(Base): pass
class C(A, B): pass
print(Base.__subclasses__())
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
def make():
    class Temp(Base): pass
    return Temp
t = make()
print([k.__name__ for k in Base.__subclasses__()])
del t
import gc
gc.collect()  # a class lives in reference cycles until the collector runs
print([k.__name__ for k in Base.__subclasses__()])
print(type(Base.__subclasses__()).__name__)
