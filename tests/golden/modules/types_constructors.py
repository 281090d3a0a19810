# types.MethodType binds any callable to an object; types.ModuleType makes an empty module; their argument errors are CPython's
import types
class C:
    def __init__(self, name): self.name = name
def greet(self, greeting="hello"):
    return greeting + " " + self.name
m = types.MethodType(greet, C("ada"))
print(m(), m("hi"), m.__self__.name, m.__func__ is greet, m.__name__)
print(type(m) is types.MethodType, repr(m).startswith("<bound method greet of <__main__.C object at"))
def record(*args):
    return args
print(types.MethodType(record, 42)(1, 2))
print(types.MethodType(len, "abc")())
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self, this, extra):
        self.calls += 1
        return (this, extra, self.calls)
print(types.MethodType(Counter(), "self")("arg"))
o = C("bob")
o.greet = types.MethodType(greet, o)
print(o.greet("bye"))
for args, kwargs in [((greet,), {}), ((1, 2), {}), ((greet, None), {}), ((greet, 1, 2), {}),
                     ((), {"function": greet, "instance": 1})]:
    try:
        types.MethodType(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
mod = types.ModuleType("mymod")
print(mod, mod.__name__, mod.__doc__, sorted(mod.__dict__))
mod.x = 5
print(mod.x, isinstance(mod, types.ModuleType))
print(types.ModuleType("documented", "The doc.").__doc__)
print(types.ModuleType("kw", doc="By keyword.").__doc__, types.ModuleType(name="byname"))
for args, kwargs in [((), {}), ((1,), {}), (("m", 5, 6), {}), (("m",), {"other": 1})]:
    try:
        types.ModuleType(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    mod.missing
except AttributeError as e:
    print("AttributeError", e)
