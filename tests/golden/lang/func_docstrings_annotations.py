def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    """Summary line.

    More text.
    """
    return True
print(f.__doc__.splitlines()[0])
print(f.__annotations__)
def g():
    pass
print(g.__annotations__)
x: int = 5
y: str
print(x, __annotations__)
class C:
    attr: int = 3
    other: str
print(C.attr, C.__annotations__, hasattr(C, "other"))
def h():
    local: int = 1
    unassigned: str
    return local
print(h())
