def f(a, b=2, *, c=3):
    """Docstring of f."""
    return a

print(f.__name__)
print(f.__qualname__)
print(f.__doc__)
print(f.__module__)
print(f.__defaults__)
print(f.__kwdefaults__)
print(f.__dict__)
f.custom = 42
f.other = "x"
print(f.__dict__)
print(f.custom, getattr(f, "other"), hasattr(f, "nope"))
del f.custom
print(f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(type(f).__name__)
print(callable(f), callable(1))

def nodoc():
    pass
print(nodoc.__doc__)
def notfirst():
    x = 1
    "not a docstring"
print(notfirst.__doc__)

class C:
    def m(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(C.m.__qualname__)
print(C().m().__qualname__)
print(C.Nested.deep.__qualname__)
print(C.Nested.__qualname__)
def outer():
    def local():
        pass
    return local
print(outer().__qualname__)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)
