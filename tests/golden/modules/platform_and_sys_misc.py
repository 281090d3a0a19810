# platform and sys: identity functions, sys.argv, sys.modules entries for imported modules, recursion limit errors.
import sys
import platform
print(callable(platform.python_implementation), type(platform.python_version()), platform.python_version_tuple()[0])
print(sys.argv[0].endswith("platform_and_sys_misc.py"), len(sys.argv))
import math, itertools, functools, collections, operator, random, traceback
for name in ["math", "itertools", "functools", "collections", "operator", "random", "traceback", "platform", "sys"]:
    print(name, name in sys.modules, sys.modules[name].__name__)
print(sys.modules["math"] is math, type(math).__name__)
old = sys.getrecursionlimit()
def depth(n):
    return depth(n + 1) if n < 100 else n
sys.setrecursionlimit(500)
print(depth(0), sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
try:
    import not_a_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import not_there
except ImportError as e:
    print(type(e).__name__)
print(sys.intern("a" + "b") == "ab", sys.maxsize > 2**62)
