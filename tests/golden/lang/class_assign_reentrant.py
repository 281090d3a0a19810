# __class__ assigned from inside the old class's own code (a method, __getattribute__, __eq__ during a dict lookup), whose class may die meanwhile, and on instances of classes with a metaclass or in a cycle
import gc
class B:
    def m(self):
        return "B.m"
def f():
    class A:
        def m(self):
            self.__class__ = B
            return "A.m " + self.m()
        def __getattribute__(self, name):
            if name == "flip":
                object.__setattr__(self, "__class__", B)
                return "flipped"
            return object.__getattribute__(self, name)
        def __getattr__(self, name):
            return "getattr " + name
    return A()
a = f()
print(a.m(), type(a).__name__)
a2 = f()
print(a2.flip, type(a2).__name__)
a3 = f()
try:
    print(a3.missing)
except AttributeError as e:
    print(e)
class C:
    __slots__ = ("x",)
    def __del__(self):
        print("C del", self.x)
class D:
    __slots__ = ("x",)
    def __del__(self):
        print("D del", self.x)
c = C(); c.x = 1
c.__class__ = D
del c
class K:
    def __eq__(self, other):
        self.__class__ = K2
        return True
    def __hash__(self): return 1
class K2:
    pass
d = {K(): 1}
print(list(d.keys())[0] == 1, type(list(d)[0]).__name__)
class Meta(type): pass
class X(metaclass=Meta): pass
class Y(metaclass=Meta): pass
x = X()
x.__class__ = Y
print(type(x).__name__)
try:
    X.__class__ = type
except TypeError as e:
    print(e)
class G:
    pass
g = G()
g.self = g
g.__class__ = B
del g
print(gc.collect() > 0)
print(B.__dict__.keys() == {'__module__', 'm', '__dict__', '__weakref__', '__doc__'})
