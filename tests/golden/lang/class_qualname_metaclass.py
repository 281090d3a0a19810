# __qualname__ and __name__ of classes with a metaclass, through type.__setattr__, and a non-str __qualname__ in a class body
try:
    class E:
        __qualname__ = 5
except TypeError as e: print(e)
class M(type):
    pass
class K(metaclass=M):
    pass
K.__qualname__ = "KK"
print(K.__qualname__, "__qualname__" in K.__dict__, K)
type.__setattr__(K, "__name__", "N")
print(K, K.__name__)
try:
    type.__setattr__(K, "__name__", 3)
except TypeError as e: print(e)
print(type(K).__name__)
class Meta(type):
    def __getitem__(cls, i): return (cls.__name__, i)
class X(metaclass=Meta): pass
print(X[1])
def f(): pass
f.__qualname__ = "g"
print(f.__qualname__)
