# math: CPython's messages for wrong argument counts, keywords and types.
import math
calls = [
    (math.sqrt, ()), (math.sqrt, (1, 2)), (math.exp, ()), (math.floor, ()), (math.ceil, (1, 2)),
    (math.trunc, ()), (math.factorial, ()), (math.isqrt, (1, 2)), (math.modf, ()), (math.frexp, ()),
    (math.ulp, ()), (math.degrees, ()), (math.isinf, ()), (math.isnan, (1, 2)), (math.erf, ()),
    (math.gamma, ()), (math.log2, ()), (math.log10, (1, 2)), (math.fsum, ()),
    (math.pow, (1,)), (math.pow, (1, 2, 3)), (math.atan2, (1,)), (math.fmod, ()), (math.copysign, (1,)),
    (math.remainder, (1,)), (math.ldexp, (1,)), (math.nextafter, (1,)), (math.comb, (1,)),
    (math.dist, ((1,),)), (math.perm, ()), (math.perm, (1, 2, 3)), (math.log, ()), (math.log, (1, 2, 3)),
    (math.prod, ()), (math.prod, ([1], 2)), (math.isclose, (1,)), (math.isclose, ()), (math.isclose, (1, 2, 3)),
    (math.sqrt, ("a",)), (math.sqrt, (None,)), (math.floor, ("a",)), (math.ceil, ([],)), (math.trunc, ("a",)),
    (math.trunc, (None,)), (math.pow, ("a", 2)), (math.pow, (2, "a")), (math.hypot, ("a",)),
    (math.log, ("x",)), (math.log, (10, "x")), (math.fsum, (1,)), (math.fsum, (["a"],)), (math.dist, (1, 2)),
    (math.prod, (1,)), (math.prod, (["a", "b"],)), (math.copysign, (1, "b")), (math.isnan, ("nan",)),
    (math.sqrt, (10**400,)), (math.exp, (10**400,)), (math.factorial, (10**30,)),
]
for f, args in calls:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, args if len(repr(args)) < 40 else "...", type(e).__name__, e)
for f, kw in [(math.sqrt, {"x": 1}), (math.pow, {"x": 1, "y": 2}), (math.isclose, {"a": 1, "b": 2, "tol": 3}),
              (math.prod, {"start": 1}), (math.prod, {"iterable": [1]}), (math.log, {"x": 1}),
              (math.gcd, {"a": 1}), (math.floor, {"x": 1.5})]:
    try:
        print(f(**kw))
    except TypeError as e:
        print(f.__name__, e)
try:
    math.isclose(1, 2, a=1)
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self):
        return 1
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    math.factorial(BadIndex())
except TypeError as e:
    print(e)
print(math.sqrt(4) == 2, math.floor(-0.0), repr(math.fabs(-0.0)))
