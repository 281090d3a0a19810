# Metaclasses: __prepare__, __new__, __init__ and __init_subclass__ in CPython's order, with class keywords
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        ns = {"injected": name.lower()}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, sorted(ns), kw)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("made", cls.__name__, type(cls).__name__)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()

    x = 1


class Child(Base, flag=True):
    y = 2


print(type(Base).__name__, type(Child).__name__, isinstance(Child, Meta), isinstance(Child, type))
print(Base.injected, Child.injected, Child.x, Child.y)
print(Child.__qualname__, Child.__module__, Child.__mro__)
print(issubclass(Meta, type), Meta.__mro__)

# The metaclass is inherited from the bases, and type() with three arguments uses it too.
Other = type("Other", (Child,), {"z": 3})
print(type(Other).__name__, Other.z, Other.injected if hasattr(Other, "injected") else "-")


# A function works as a metaclass: it is called with name, bases, namespace.
def maker(name, bases, ns):
    print("maker", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return [name, len(ns)]


class NotAClass(metaclass=maker):
    a = 1
    b = 2


print(NotAClass)


# Conflicting metaclasses.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


# A more derived metaclass among the bases wins over an explicit one.
class M3(M1):
    pass


class D(metaclass=M3):
    pass


class E(D, metaclass=M1):
    pass


print(type(E).__name__)
