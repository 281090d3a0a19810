# A function's __module__ is a slot of the function, not a __dict__ entry: assignment, deletion, functools.wraps and contextlib's decorators set it, and the old value is released at once
import functools
from contextlib import contextmanager, asynccontextmanager


class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Noisy({self.name})"

    def __del__(self):
        print("del", self.name)


def f():
    pass


print(f.__module__, f.__dict__)
f.__module__ = "elsewhere"
print(f.__module__, f.__dict__)
f.__module__ = Noisy("first")
print("assigned first")
f.__module__ = Noisy("second")
print("assigned second")
del f.__module__
print("deleted:", f.__module__, f.__dict__)
f.__module__ = 42
print(f.__module__)


@functools.wraps(f)
def g():
    pass


print(g.__module__, sorted(g.__dict__))


@contextmanager
def cm(x: int) -> None:
    "doc of cm"
    yield x


print(cm.__name__, cm.__qualname__, cm.__doc__, cm.__module__, cm.__annotations__)
print(sorted(cm.__dict__))


@asynccontextmanager
async def acm():
    yield 1


print(acm.__name__, acm.__module__, sorted(acm.__dict__))

h = lambda: None
h.__module__ = Noisy("held by a function")
print("dropping the function")
del h
print("end")
