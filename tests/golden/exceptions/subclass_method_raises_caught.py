# exceptions raised in methods of built-in subclasses, caught with `as e`, kept and printed: they die when CPython frees them, and cycles through their tracebacks are collected
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r}")
class NoMissing(dict):
    pass
class Checked(list):
    def __getitem__(self, i):
        guard = D("guard in __getitem__")
        return super().__getitem__(i)
class Num(int):
    def __add__(self, other):
        local = D("local in __add__")
        raise TypeError(f"cannot add {other!r}")
class Name(str):
    def upper(self):
        return int(self)

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
        return e

kept = []
kept.append(attempt(lambda: Strict(a=1)["b"]))
kept.append(attempt(lambda: NoMissing()["k"]))
kept.append(attempt(lambda: Checked([1, 2])[5]))
kept.append(attempt(lambda: Num(1) + 2))
kept.append(attempt(lambda: Name("x").upper()))
print("kept", len(kept))
# The frames in the tracebacks keep their locals until the exceptions go.
del kept
print("released")

# An exception that refers to the subclass instance whose method raised it, stored on
# that instance: a cycle through the traceback's frame and the native value.
class Box(list):
    def fail(self):
        marker = D("marker in fail")
        try:
            raise ValueError("boxed")
        except ValueError as e:
            self.append(e)

b = Box()
b.fail()
print(b)
del b
print("collected", gc.collect())

# Stored from the caller's `as e` into the instance whose lookup raised it: no cycle
# (the traceback holds the module's frame), so it goes at `del`.
m = NoMissing()
try:
    m["missing"]
except KeyError as e:
    m["err"] = e
    m.tag = D("dict tag")
del m
print("collected", gc.collect())
