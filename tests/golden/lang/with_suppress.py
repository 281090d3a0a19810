class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return None

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "yes"
with Truthy():
    raise RuntimeError
print("truthy string suppresses")
def f():
    with Suppress(ZeroDivisionError):
        1 / 0
    return "function continues"
print(f())
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
