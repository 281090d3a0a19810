# CPython's errors for bases that cannot be combined or subclassed
for make in [
    lambda: type("X", (bool,), {}),
    lambda: type("X", (list, dict), {}),
    lambda: type("X", (int, str), {}),
    lambda: type("X", (Exception, int), {}),
    lambda: type("X", (range,), {}),
]:
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2): pass
except TypeError as e:
    print("TypeError", e)
class Ok(KeyError, ValueError): pass
print(Ok.__mro__)
class bad(bool): pass
