# math: infinities, NaN and signed zeros through every float function.
import math
inf, nan = math.inf, math.nan
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "fabs", "floor",
             "ceil", "trunc", "erf", "erfc", "gamma", "lgamma", "expm1", "log1p", "cbrt", "exp2", "log2", "log10",
             "isfinite", "isinf", "isnan", "degrees", "radians", "acosh", "atanh", "asin", "acos", "ulp", "frexp", "modf"]:
    f = getattr(math, name)
    out = []
    for x in [inf, -inf, nan, 0.0, -0.0]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for name in ["pow", "atan2", "fmod", "copysign", "remainder", "hypot", "nextafter"]:
    f = getattr(math, name)
    out = []
    for x, y in [(inf, 2), (2, inf), (nan, 1), (1, nan), (-inf, -inf), (0.0, -0.0), (-0.0, 0.0)]:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
print(math.isclose(inf, -inf), math.isclose(1e308, inf), math.fsum([inf, inf]), math.fsum([nan, 1]))
print(math.dist((inf, 0), (0, 0)), math.dist((nan, 0), (0, 0)), math.hypot(nan, inf), math.hypot(-inf))
print(math.ldexp(inf, 5), math.ldexp(-0.0, 100), math.ldexp(nan, 1), math.ldexp(1.5, -1074), math.ldexp(1, -1075))
print(math.pow(-1, inf), math.pow(-1, -inf), math.pow(0.5, -inf), math.pow(2, -inf), math.pow(-inf, -3), math.pow(-0.0, 3))
