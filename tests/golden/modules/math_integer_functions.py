# math: exact integer functions (factorial, gcd, lcm, isqrt, comb, perm) and floor/ceil/trunc returning ints.
import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(0, -5),
      math.gcd(12, 18, 27), math.gcd(2**100, 2**70 * 3), math.gcd(-4, 6))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5),
      math.lcm(-4, 6), math.lcm(2**64, 3))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(6, True))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(0), math.perm(30, 10))
print(math.floor(3.7), math.floor(-3.2), math.floor(5), math.floor(-0.5), math.floor(True), math.floor(1e20))
print(math.ceil(3.2), math.ceil(-3.7), math.ceil(5), math.ceil(1e30), math.ceil(-0.5))
print(math.trunc(3.9), math.trunc(-3.9), math.trunc(7), math.trunc(2**80), math.trunc(False))
print(type(math.floor(2.0)).__name__, type(math.ceil(2)).__name__, type(math.trunc(2.5)).__name__)
for f, x in [(math.floor, math.inf), (math.ceil, -math.inf), (math.floor, math.nan), (math.trunc, math.nan),
             (math.trunc, math.inf)]:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
class Num:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
class F:
    def __float__(self):
        return 2.5
print(math.floor(F()), math.ceil(F()), math.sqrt(F()), math.isnan(F()))
class I:
    def __index__(self):
        return 7
print(math.factorial(I()), math.gcd(I(), 21), math.isqrt(I()), math.comb(I(), 2), math.sqrt(I()))
for args in [(-1,), (2.0,), ("5",)]:
    try:
        math.factorial(*args)
    except (ValueError, TypeError) as e:
        print("factorial", args, type(e).__name__, e)
for f, args in [(math.isqrt, (-1,)), (math.isqrt, (1.5,)), (math.gcd, (1.5,)), (math.gcd, (2, "x")),
                (math.lcm, ("a",)), (math.comb, (-1, 2)), (math.comb, (1, -2)), (math.comb, (1.0, 2)),
                (math.perm, (-1, 2)), (math.perm, (3, -1)), (math.perm, (3, 1.5))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
