class A:
    x = "A.x"
    def f(self):
        return "A.f"
class B(A):
    x = "B.x"
class C(A):
    def f(self):
        return "C.f"
class D(B, C):
    pass
d = D()
print(d.x, d.f())
print(D.x, D.f(d))
print(hasattr(D, "f"), "f" in D.__dict__)
print(getattr(D, "x"), getattr(super(B, d), "f")())
print(super(D, d).x)
print(super(C, d).f())
