# sys: getrefcount, intern, recursion limit, exc_info/exception, modules, argv, streams, maxsize, and their errors.
import sys
x = object()
base = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - base, sys.getrefcount([]) , sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
s = sys.intern("hello world")
print(s, sys.intern(s) is s, "sys" in sys.modules, sys.modules["sys"] is sys, type(sys.argv), len(sys.argv))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info())
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stderr.write("to stderr\n"))
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
tests = [lambda: sys.intern(5), lambda: sys.intern(), lambda: sys.setrecursionlimit("a"), lambda: sys.setrecursionlimit(0),
         lambda: sys.setrecursionlimit(), lambda: sys.stdout.write(5), lambda: sys.stdout.write(),
         lambda: sys.getrefcount(), lambda: sys.exit("bye"[5:]) if False else sys.getrecursionlimit(1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
sys.exit("exiting with a message")
