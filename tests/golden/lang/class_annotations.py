# Annotated names in class and module bodies fill __annotations__ in order, after the value is stored; functions keep none
print("__annotations__" in globals())
count: int = 3
label: "text"
print(__annotations__)


def ann(name):
    print("evaluating", name)
    return name


class A:
    print("start", "__annotations__" in dir())
    x: ann("int") = print("value first") or 1
    y: ann("str")
    if True:
        z: ann("float") = 2.5
    (w): ann("paren") = 4
    A_attr = 1
    print("body", __annotations__)


print(A.__annotations__, A.x, A.z, A.w, hasattr(A, "y"))


class B(A):
    b: bool = False


print(B.__annotations__, "b" in B.__dict__["__annotations__"])


class C:
    pass


print("__annotations__" in C.__dict__)


class D:
    __annotations__ = {"preset": 1}
    q: int = 0


print(D.__annotations__)


def f():
    local: ann("never") = 1
    return local


print(f())


class E:
    for i in range(2):
        v: int = i
    print(__annotations__)
