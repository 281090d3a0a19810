# A cycle through an exception's traceback: the handling frame stores the exception.
import gc
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("  __del__", self.name)
gc.collect()
def f():
    local = D("local of f")
    try:
        raise ValueError("boom")
    except ValueError as e:
        saved = e
    return None
f()
print("after f returned")
print("collect ->", gc.collect() > 0)
def g():
    x = D("x")
    try:
        1 / 0
    except ZeroDivisionError as e:
        x.err = e
g()
print("after g returned")
print("collect ->", gc.collect() > 0)
