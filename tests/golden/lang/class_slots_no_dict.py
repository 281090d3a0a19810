# Instances of classes whose whole MRO has __slots__ have no __dict__; a subclass with a __dict__ does not list inherited slot values in it
class A:
    __slots__ = ("a",)

class B(A):
    __slots__ = ("b",)

b = B()
b.a, b.b = 1, 2
for obj in (A(), b):
    print(hasattr(obj, "__dict__"))
try:
    b.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(b)
except TypeError as e:
    print("TypeError", e)
try:
    b.c = 3
except AttributeError as e:
    print("AttributeError", e)

class C(B):
    pass

c = C()
c.a = 1
c.extra = "e"
c.b = 2
print(c.__dict__, vars(c), c.a, c.b)
c.__dict__["more"] = 4
print(c.more, sorted(c.__dict__))
c.__dict__ = {"replaced": True}
print(c.__dict__, c.a, c.b)
del c.a
print(hasattr(c, "a"), c.__dict__)

class WithDict:
    __slots__ = ("s", "__dict__")

w = WithDict()
w.s = 1
w.free = 2
print(w.__dict__, w.s, "__dict__" in WithDict.__dict__, type(WithDict.__dict__["__dict__"]).__name__)
print(WithDict.__dict__["__dict__"])

class WithWeakref:
    __slots__ = ("__weakref__",)

import weakref
ww = WithWeakref()
r = weakref.ref(ww)
print(ww.__weakref__ is r, WithWeakref.__weakref__, hasattr(ww, "__dict__"))
try:
    weakref.ref(b)
except TypeError as e:
    print("TypeError", e)

class Plain:
    pass

pl = Plain()
print(pl.__weakref__, Plain.__dict__["__weakref__"], Plain.__dict__["__dict__"])
print(Plain.__dict__["__dict__"].__get__(pl), Plain.__dict__["__dict__"].__objclass__ is Plain)
try:
    pl.__weakref__ = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(Plain.__weakref__).__name__, Plain.__weakref__.__name__)
