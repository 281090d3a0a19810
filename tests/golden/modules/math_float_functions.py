# math: floating-point functions, constants, and CPython's domain and range errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for name in ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos",
             "atan", "sinh", "cosh", "tanh", "asinh", "atanh", "cbrt", "fabs", "erf", "erfc",
             "degrees", "radians", "log", "log2", "log10"]:
    f = getattr(math, name)
    for x in [0.5, 0, -0.25, 1, 2, 10, -3.5, 1e-10]:
        try:
            print(name, x, f(x))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)
print(math.acosh(1), math.acosh(2.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
for f, x in [(math.gamma, 0), (math.gamma, -2), (math.gamma, 200), (math.lgamma, -1),
             (math.exp, 1000), (math.sqrt, -1), (math.log, 0), (math.log, -1.5),
             (math.acos, 2), (math.asin, -2), (math.cosh, 1000), (math.sinh, -1000),
             (math.log1p, -1), (math.atanh, 1), (math.acosh, 0.5), (math.exp2, 2000),
             (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.sqrt, -math.inf),
             (math.degrees, 1e308)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.sqrt(math.nan))
print(math.log(8, 2), math.log(100, 10), math.log(10**1000), math.log2(2**1000), math.log10(10**500))
print(math.log(2**1100, 2), math.log10(10**400 + 1))
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for f, x in [(math.log, 0), (math.log, -10**400), (math.log2, -1), (math.log10, 0)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308),
      math.isfinite(1.0), math.isfinite(math.nan), math.isnan(3))
print(math.sqrt(16), math.sqrt(2), math.sqrt(True), math.fabs(-3), math.fabs(-0.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf))
