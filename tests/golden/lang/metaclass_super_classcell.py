# super() and the __class__ cell in classes a metaclass makes, super() inside metaclass methods, classmethods and attributes of the metaclass seen from its classes
class Meta(type):
    registry = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        Meta.registry.append(name)
        return cls

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.made_by = type(cls).__name__
        return obj

    def hello(cls):
        return "hello " + cls.__name__

    @classmethod
    def kind(mcls):
        return mcls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    flavour = "meta"


class Base(metaclass=Meta):
    def f(self):
        return ("Base.f", __class__.__name__)

    @classmethod
    def make(cls):
        return cls()


class Sub(Base):
    def f(self):
        return ("Sub.f", super().f())


s = Sub()
print(s.f(), s.made_by, Sub.make().f())
print(Sub.hello(), Sub.kind(), Sub.helper(4), Sub.flavour, Meta.registry)
print(hasattr(s, "hello"), hasattr(s, "flavour"))
Sub.flavour = "own"
print(Sub.flavour, Base.flavour, Meta.flavour)
print([k.__name__ for k in type(Sub).__mro__], type(Meta).__name__)


class Counting(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Counting.count += 1
        cls.serial = Counting.count


class A(metaclass=Counting):
    pass


class B(A):
    pass


print(A.serial, B.serial, Counting.count, isinstance(B, Counting))
