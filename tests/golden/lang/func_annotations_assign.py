# __annotations__ of a function: a dict made on first read and kept; set to a dict or None, deleted, rejected for other values; functools.wraps copies it
import functools
def f(x: int) -> str:
    pass
ann = f.__annotations__
ann["extra"] = bytes
print(f.__annotations__, f.__annotations__ is ann)
f.__annotations__ = {"y": float}
print(f.__annotations__, ann)
f.__annotations__ = None
print(f.__annotations__)
fresh = f.__annotations__
del f.__annotations__
del f.__annotations__
print(f.__annotations__, f.__annotations__ is fresh)
for bad in [5, [("x", int)], "x"]:
    try:
        f.__annotations__ = bad
    except TypeError as e:
        print("TypeError", e)
class MyDict(dict):
    pass
f.__annotations__ = MyDict(z=1)
print(type(f.__annotations__).__name__, f.__annotations__)
print("__annotations__" in f.__dict__, hasattr(f, "__annotations__"))
def g(a: int, b: "B") -> None:
    pass
@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)
print(wrapper.__annotations__, wrapper.__annotations__ is g.__annotations__)
try:
    len.__annotations__
except AttributeError as e:
    print("AttributeError", e)
