# * and ** argument errors name the callable as CPython 3.11 does (module.qualname(), qualname() for built-ins, str() without __qualname__), and 'Value after *' when other positional arguments come first
import functools
def f(*args, **kw):
    return args, kw
class C:
    def m(self, *args, **kw): pass
    @staticmethod
    def s(*args, **kw): pass
    @classmethod
    def c(cls, *args, **kw): pass
class Callable:
    def __call__(self, *args, **kw): pass
    def __repr__(self): return "<Callable instance>"
class Named:
    def __call__(self, *args, **kw): pass
named = Named()
named.__qualname__ = "custom.name"
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
callables = [f, C.m, C().m, C.s, C.c, Callable(), named, lambda *a, **k: 0, print, [].append,
             functools.partial(f), dict]
for fn in callables:
    show(lambda: fn(**[1]))
    show(lambda: fn(**{"a": 1}, **{"a": 2}))
    show(lambda: fn(*5))
show(lambda: f(1, *5))
show(lambda: f(*5, 1))
show(lambda: f(*[1], *None))
show(lambda: C().m(*5))
show(lambda: [].append(*5))
show(lambda: f(**{"a": 1}, a=2))
show(lambda: f(a=2, **{"a": 1}))
show(lambda: f(b=1, **{"a": 1}, **{"b": 3}))
show(lambda: f(**{1: 2}))
show(lambda: f(**{1: 2}, **{"a": 1}, **{"a": 2}))
show(lambda: f(**{1: 2}, **{1.0: 3}))
def gen():
    raise ValueError("raised while unpacking")
    yield
try:
    f(*gen())
except ValueError as e:
    print("ValueError", e)
print(f(*[1, 2], *(3,), x=1, **{"y": 2}, z=3))
f(**{"a": 1}, **{"a": 2})
