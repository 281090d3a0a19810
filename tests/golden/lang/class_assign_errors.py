# __class__ assignment errors with CPython's messages: not a class, built-in types on either side, differing layouts, deleting __class__
class A:
    pass

class B:
    pass

class S:
    __slots__ = ("x",)

class T:
    __slots__ = ("y",)

class T2:
    __slots__ = ("x",)

class Empty:
    __slots__ = ()

class WithDict(S):
    pass

class I(int):
    pass

class L(list):
    pass

class E(ValueError):
    pass

class F(Exception):
    pass

a = A()
cases = [
    (a, 5),
    (a, "B"),
    (a, None),
    (a, int),
    (a, object),
    (a, S),
    (a, Empty),
    (S(), T),
    (S(), A),
    (S(), WithDict),
    (WithDict(), S),
    (L(), A),
    (L(), list),
    (L(), I),
    (E(), F),
    (F(), E),
    (5, A),
    (5, 7),
    ("text", A),
    ([], L),
    (object(), A),
    (len, A),
    (A, B),
    (A, type),
]
for obj, target in cases:
    try:
        obj.__class__ = target
        print("assigned", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)
s = S()
s.__class__ = T2
print(type(s).__name__)
e = Empty()
e.__class__ = type("Other", (), {"__slots__": ()})
print(type(e).__name__)
try:
    del a.__class__
except TypeError as err:
    print("TypeError", err)
print(type(a).__name__, (5).__class__, "s".__class__.__name__, [].__class__)
