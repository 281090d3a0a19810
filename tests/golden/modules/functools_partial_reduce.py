# functools: partial (positional and keyword binding, nesting, attributes, repr) and reduce with initial values.
import functools
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=5)
two_to = functools.partial(power, 2)
print(square(5), cube_mod(4), two_to(10), two_to(exp=3), square(3, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args, repr(functools.partial(int, base=2)))
nested = functools.partial(functools.partial(power, 3), mod=7)
print(nested(4), nested.func is power, nested.args, nested.keywords)
p = functools.partial(print, "a", sep="-")
p("b", "c")
p("d", sep="+")
print(functools.partial(max)([3, 7]), functools.partial(sorted, reverse=True)([1, 3, 2]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [5, 9, 2]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 10), functools.reduce(lambda a, b: a + b, ["x"]), functools.reduce(pow, [2, 3, 2]))
print(functools.reduce(lambda a, b: a, iter([]), "init"), functools.reduce(lambda d, k: {**d, k: len(d)}, "abc", {}))
class Adder:
    def __call__(self, a, b):
        return a + b
print(functools.reduce(Adder(), [1, 2, 3]), functools.partial(Adder(), 10)(5))
p2 = functools.partial(dict, a=1)
print(p2(b=2), p2(a=5))
