# C3 MRO, with CPython's messages for an inconsistent order and a duplicate base
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in B.__mro__])
print([k.__name__ for k in C.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Order(object, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(object.__mro__)
print(int.__mro__, bool.__mro__)
