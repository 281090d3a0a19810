# contextlib: contextmanager (with lifetimes), suppress, closing, nullcontext.
from contextlib import contextmanager, suppress, closing, nullcontext
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
@contextmanager
def managed(name):
    d = D(name)
    print("enter", name)
    try:
        yield d
    finally:
        print("exit", name)
with managed("a") as x:
    print("inside", x.n)
print("after a")
try:
    with managed("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError):
    {}["x"]
print("suppressed")
class Thing:
    def close(self): print("closed")
with closing(Thing()) as t:
    print("using")
with nullcontext(5) as v:
    print(v)
