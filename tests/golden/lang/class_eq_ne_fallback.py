class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return "B says equal"
print(A() == B())
print(B() == A())
print(A() == A())
print(A() != B())
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class Ne:
    def __ne__(self, other):
        return "custom ne"
print(Ne() != 1, Ne() == 1)
class Sub(OnlyEq):
    def __eq__(self, other):
        print("Sub.__eq__ (reflected first)")
        return True
print(OnlyEq(1) == Sub(2))
print(None == A())
