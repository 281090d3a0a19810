# A class's __name__, __qualname__, __module__ and __doc__ (None without a docstring), renaming a class, its __dict__ type, and __class__ of built-in values
class Outer:
    """Outer doc."""
    class Inner:
        pass
    def method(self):
        return __class__

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__doc__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__)
print(o.method() is Outer)
print(o.__module__, o.__doc__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, f().__name__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
print(type(Outer.__dict__).__name__)
print("method" in Outer.__dict__, "__doc__" in Outer.__dict__)
print(int.__name__, int.__qualname__, int.__module__)
print((5).__class__, "s".__class__.__name__)
class Sub(Outer):
    pass
print(Sub.__doc__)
print(__name__)
