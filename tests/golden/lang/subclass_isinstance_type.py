# isinstance, issubclass, type() and __class__ for built-in subclasses, including multiple levels
class A(list): pass
class B(A): pass
b = B([1])
print(type(b), b.__class__, type(b) is B, isinstance(b, A), isinstance(b, list), isinstance(b, (int, list)))
print(issubclass(B, list), issubclass(B, (dict, A)), issubclass(list, B), B.__mro__)
class MyStr(str): pass
class Deeper(MyStr):
    def __repr__(self):
        return "Deeper!"
d = Deeper("x")
print(d, repr(d), [d], d.upper(), isinstance(d, str), type(d).__mro__)
print(type(b)([2, 3]), type(d)("y"))
