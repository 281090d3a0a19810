# exception args, str() and repr(), .value and .code, and keyword arguments to built-in exceptions
for args in [(), ("one",), ("a", "b"), (1,), (None,), ([1, 2],)]:
    e = Exception(*args)
    print(repr(str(e)), repr(e), e.args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(KeyError("a", "b")))
print(repr(ValueError("it's")))
print(str(IndexError(5)))
e = OSError("x")
print(type(e).__name__, e.args)
print(repr(StopIteration(3)), StopIteration(3).value)
print(repr(SystemExit(2)), SystemExit(2).code)
print(isinstance(Exception(), BaseException))
try:
    Exception(x=1)
except TypeError as e:
    print(type(e).__name__, e)
