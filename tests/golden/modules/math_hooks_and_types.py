# math: results of bool, big-int and user-class arguments; ints stay exact, floats round as CPython's do.
import math
class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
class OnlyIndex:
    def __index__(self):
        return 9
print(math.sqrt(Meters(9)), math.exp(OnlyIndex()) > 8000, math.log(Meters(1)), math.gcd(Meters(12), 8))
print(math.floor(Meters(2.5)), math.ceil(Meters(2.5)), math.factorial(OnlyIndex()))
print(math.sqrt(True), math.floor(False), math.ceil(True), math.gcd(True, 4), math.isqrt(True))
big = 2**100 + 1
print(math.floor(big), math.ceil(big), math.trunc(-big), math.isqrt(big), math.gcd(big, 3**70))
print(math.log2(2**64), math.log10(10**22), math.log(2**80, 2), math.log(1), math.log(math.e))
print(math.sqrt(2**200), math.hypot(2**60, 2**60) == 2**60 * math.sqrt(2), math.fabs(-2**70))
print(math.copysign(5, -0.0), math.copysign(-0.0, 1), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0))
print(math.comb(50, 25), math.perm(20, 10), math.factorial(25) // math.factorial(23))
print(math.lcm(*range(1, 21)), math.gcd(*range(10, 100, 10)))
print(math.prod(range(1, 11), start=0.5), math.prod([True, True]), math.prod([Meters(2)], start=1) if False else "skip")
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), math.tan(0), math.degrees(math.pi), math.radians(180))
print(math.exp(0), math.exp(1) == math.e, math.expm1(1e-10), math.log1p(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8))
print(math.erf(0), math.erf(1), math.erfc(1), math.erf(-math.inf), math.erfc(math.inf))
print(math.gamma(1), math.gamma(6), math.gamma(23), math.gamma(24), math.gamma(-0.5), math.gamma(0.1), math.gamma(171.5) if False else math.gamma(100.5))
print(math.lgamma(1), math.lgamma(3), math.lgamma(100), math.lgamma(-2.5), math.lgamma(1e-30), math.lgamma(math.inf))
