# a def evaluates its annotations after its defaults and before decorating, positional before positional-only, then *args, keyword-only, **kwargs, return
def trace(x):
    print("eval", x)
    return x
def deco(f):
    print("decorate", f.__name__, f.__annotations__)
    return f
@deco
def f(p: trace("p") = trace("p default"), /, a: trace("a") = trace("a default"), *args: trace("args"),
      k: trace("k") = trace("k default"), **kw: trace("kw")) -> trace("return"):
    pass
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
def none():
    pass
print(none.__annotations__, (lambda x: x).__annotations__)
def partly(a, b: int, *c, d, e: "str" = "", **f) -> None:
    pass
print(partly.__annotations__)
class C:
    def m(self, __private: int, other: "C") -> "C":
        return self
    @staticmethod
    def s(x: float) -> float:
        return x
print(C.m.__annotations__, C().m.__annotations__, C.s.__annotations__)
async def co(x: bytes) -> str:
    pass
print(co.__annotations__)
def outer():
    T = list
    def inner(x: T) -> T:
        return x
    return inner
print(outer().__annotations__)
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print("NameError", e)
print("bad" in globals())
