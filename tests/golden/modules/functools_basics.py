# functools: wraps, partial, reduce.
from functools import wraps, partial, reduce
import functools
def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
p = partial(add, 10)
print(p(5), p.args, p.keywords)
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 0))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print(e)
print(repr(partial(max, 1, key=abs)))
