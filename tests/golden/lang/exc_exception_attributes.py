# exception attributes: __traceback__, __cause__, __context__, __suppress_context__, with_traceback
try:
    raise ValueError("v")
except ValueError as e:
    err = e
print(err.__traceback__ is not None, err.__cause__, err.__context__, err.__suppress_context__)
print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
e2 = err.with_traceback(None)
print(e2 is err, err.__traceback__)
e = KeyError("k")
print(e.__traceback__)
try:
    e.__cause__ = 5
except TypeError as x:
    print(type(x).__name__, x)
e.__suppress_context__ = True
print(e.__suppress_context__)
print(isinstance(e, Exception), type(e).__mro__[1].__name__)
