# Which instances accept weak references: classes without __slots__, or with __weakref__ among them (inherited); not object() or built-in exception instances.
import weakref
class A: pass
class S1:
    __slots__ = ('x', '__weakref__')
class S2(S1):
    __slots__ = ('y',)
class S3:
    __slots__ = ('__dict__',)
class E(Exception): pass
for o in (object(), A(), S1(), S2(), S3(), E(), ValueError()):
    try:
        weakref.ref(o); print(type(o).__name__, "ok")
    except TypeError as e: print(e)
