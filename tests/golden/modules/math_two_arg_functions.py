# math: pow, atan2, fmod, remainder, copysign, nextafter, ldexp, frexp, modf, hypot, dist, fsum, prod, isclose.
import math
print(math.pow(2, 10), math.pow(2.0, -1), math.pow(0, 0), math.pow(-2, 3), math.pow(4, 0.5))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
for x, y in [(0.0, -1.0), (-8, 1 / 3), (10.0, 400.0), (-10.0, 401.0), (0, -2)]:
    try:
        print(math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0, 0), math.atan2(1, 0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(1, math.inf), math.fmod(-0.0, 2))
for x, y in [(1, 0), (math.inf, 2)]:
    try:
        math.fmod(x, y)
    except ValueError as e:
        print("fmod", x, y, e)
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2),
      math.remainder(3, math.inf), math.remainder(1.5, 1))
for x, y in [(1, 0), (math.inf, 1)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print("remainder", x, y, e)
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.nan))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(5, 5))
print(math.ldexp(1, 10), math.ldexp(0.5, -1), math.ldexp(3, 0), math.ldexp(1, -1080), math.ldexp(1, 10**30 * 0))
try:
    math.ldexp(1, 2000)
except OverflowError as e:
    print("ldexp", e)
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("ldexp", e)
print(math.frexp(8), math.frexp(0.1), math.frexp(-3), math.frexp(0.0), math.frexp(5e-324))
print(math.modf(3.25), math.modf(-2.5), math.modf(math.inf), math.modf(4))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (-2,)))
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print("dist", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.fsum(range(10)), math.fsum([math.inf, 1]), math.fsum([1e308, 1e308 * 0, -1e308]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("fsum", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("fsum", e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 30)), math.prod([2, 3], start=10))
print(math.prod(["ab"], start=3), math.prod([[1]], start=2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12),
      math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(math.inf, math.inf),
      math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("isclose", e)
