class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)))
print(isinstance(b, (C, (int, (B,)))))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, bool))
print(issubclass(B, (C, A)), issubclass(B, ()), isinstance(b, ()))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object))
print(isinstance(A, type), isinstance(type, type), isinstance(object, type))
print(isinstance(None, type(None)))
try:
    isinstance(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, (A, 5))
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(B, (A, 5)))
