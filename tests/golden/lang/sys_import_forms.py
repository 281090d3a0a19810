import sys as s
print(s.getrecursionlimit() > 0)
from sys import argv, maxsize as big
print(type(argv).__name__, big > 0)
import sys
print(sys is s)
def f():
    import sys
    return sys.platform
print(f() == sys.platform)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
