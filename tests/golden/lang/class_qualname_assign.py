# Assigning a class's __qualname__ and __name__ changes the type itself, not its namespace
class C:
    pass


C.__qualname__ = "Outer.X"
print(C.__qualname__, C.__name__, "__qualname__" in C.__dict__)
print(C)
print(repr(C()).split(" object")[0])
C.__name__ = "Y"
print(C.__qualname__, C.__name__, "__name__" in C.__dict__)
print(C)


class D:
    __qualname__ = "Q"


print(D.__qualname__, "__qualname__" in D.__dict__, D)


class E:
    def method(self):
        pass


E.__qualname__ = "Renamed"
print(E.method.__qualname__, E.__qualname__)
