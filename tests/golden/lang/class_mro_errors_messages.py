# class creation errors: inconsistent MRO with several bases, duplicate bases through type()
class A: pass
class B(A): pass
class C(A): pass
for bases in [(A, B), (A, A), (B, C, A, B), (object, A)]:
    try:
        type("X", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print("TypeError", e)
class X(B, C): pass
print([k.__name__ for k in X.__mro__])
try:
    class Y(X, B, C, A, object, int): pass
except TypeError as e:
    print("TypeError", e)
