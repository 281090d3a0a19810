# __mro__, mro(), __bases__, __base__ on user and built-in classes
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.mro())
print(D.__bases__, D.__base__)
print(A.__bases__, A.__base__, object.__base__, object.__bases__)
print(bool.__mro__, bool.__base__)
class L(list): pass
print(L.__mro__, L.__base__)
print(type(D.__mro__).__name__, type(D.mro()).__name__)
