# comparison operators, including the `<` calls sorted() makes (CPython's timsort order)
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%d)" % self.v
    def __lt__(self, o):
        print("%r.__lt__(%r)" % (self, o))
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v

a, b = N(1), N(2)
print(a < b)
print(a > b)
print(b > a)
print(a <= b, a >= b)
print(sorted([N(3), N(1), N(2)]))
print(max([N(3), N(5), N(4)]), min(N(3), N(2)))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return NotImplemented
try:
    OnlyLt(1) < OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    N(1) >= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class Everything:
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return "gt"
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
print(Everything() < 1, Everything() > 1, Everything() <= 1, Everything() >= 1)
print(1 < Everything(), 1 > Everything(), 1 <= Everything(), 1 >= Everything())
print(1 < 2 < Everything())
