# sys: argv, version_info, byteorder, platform, getrecursionlimit, stdout/stderr, modules and path.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8))
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(sys.byteorder)
print(sys.platform)
print(sys.getrecursionlimit())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout.write("written to stdout\n")
sys.stderr.write("written to stderr\n")
print("to stderr via print", file=sys.stderr)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__)
print(type(sys.path).__name__)
print(sys.implementation.name == "cpython" or True)
print(sys.exc_info())
try:
    raise ValueError("x")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
