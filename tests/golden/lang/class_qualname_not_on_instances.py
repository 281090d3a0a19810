# a class body's __qualname__ becomes the class's qualified name, not an attribute of the class that its instances would see
class C: pass
for n in ["__qualname__","__name__"]:
    try: print(getattr(C(), n))
    except AttributeError as e: print("AE", e)
print("__qualname__" in C.__dict__, C.__qualname__)
class D:
    __qualname__ = "Renamed"
print(D.__qualname__, D.__name__, D)
def f():
    class E: pass
    return E
print(f().__qualname__, f())
try:
    class F:
        __qualname__ = 3
except TypeError as e: print(e)
