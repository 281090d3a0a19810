# types.SimpleNamespace: attributes from keyword arguments, CPython's repr (namespace(...), a subclass's own name, recursion), equality by attributes, unhashable
from types import SimpleNamespace
ns = SimpleNamespace(b=2, a="x")
print(ns, ns.a, ns.b)
ns.c = [1]
del ns.b
print(ns, vars(ns))
print(SimpleNamespace(), SimpleNamespace(**{"key": None}))
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace(a=1) == {"a": 1})
class Point(SimpleNamespace):
    pass
p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2), isinstance(p, SimpleNamespace))
loop = SimpleNamespace(name="loop")
loop.me = loop
print(loop)
nested = SimpleNamespace(inner=SimpleNamespace(v=1.5), items=[SimpleNamespace()])
print(nested)
try:
    hash(SimpleNamespace())
except TypeError as e:
    print("TypeError", "unhashable" in str(e))
for call in [lambda: SimpleNamespace(1), lambda: SimpleNamespace(**{1: 2})]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError", "'missing'" in str(e))
print(SimpleNamespace(self=1, args=2))
print(sorted(SimpleNamespace(z=0, y=1).__dict__.items()))
