# Enums whose body defines __new__ (values unpacked into it), float and int mixins with __new__, a metaclass __call__ returning another object, type.__setattr__ on a non-class
from enum import Enum, IntEnum
class Color(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    RED = (1, "r")
    GREEN = (2, "g")
print(Color.RED, Color(2), Color.GREEN.label, list(Color))
class Num(IntEnum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    A = (1, "one")
print(Num.A, repr(Num.A), Num.A.doc, Num(1), Num.A + 1)
class F(float, Enum):
    HALF = 0.5
print(F.HALF, F.HALF * 2, repr(F.HALF))
class M(type):
    def __call__(cls, *a):
        return "not an instance"
class X(int, metaclass=M): pass
print(X(3))
try:
    type.__setattr__(5, 'x', 1)
except TypeError as e:
    print(e)
class Y(metaclass=type):
    pass
print(Y)
class E2(Enum):
    A = 1
    def __init_subclass__(cls, **kw):
        pass
print(E2.A)
try:
    class NoBase(Enum, int):
        A = 1
except TypeError as e:
    print(e)
