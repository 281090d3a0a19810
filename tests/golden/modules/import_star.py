# from module import *: every public name of a built-in module, or the names in __all__.
from math import *
from collections import *
from operator import *
print(sqrt(16), floor(2.5), pi, deque([1]), add(1, 2))
print(Counter("aab"), namedtuple("P", "x")(1), itemgetter(0)("xy"))
def f():
    return factorial(5), gcd(4, 6)
print(f())
from _star_helper import *
print(public, PUBLIC_TOO)
try:
    print(_private)
except NameError as e:
    print(e)
try:
    hidden
except NameError as e:
    print(e)
