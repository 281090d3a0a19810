# Unusual uses of member and getset descriptors and of mappingproxy: constructing them, wrong arguments, deleting __dict__ through its descriptor, ordering comparisons, read-only descriptor attributes
class P:
    __slots__ = ("x",)
class C:
    pass
MP = type(C.__dict__)
tests = [
    lambda: type(P.x)(),
    lambda: type(C.__dict__['__dict__'])(),
    lambda: MP.keys(5),
    lambda: MP.get(C.__dict__),
    lambda: P.x.__set__(P()),
    lambda: P.x.__get__(None, None),
    lambda: C.__dict__.get(),
    lambda: C.__dict__.keys(1),
    lambda: MP(x=1),
    lambda: MP({}, {}),
    lambda: C.__dict__['__dict__'].__set__(C(), 5),
    lambda: C.__dict__['__dict__'].__delete__(C()),
    lambda: C.__dict__ < C.__dict__,
    lambda: P.x.__name__.upper(),
    lambda: setattr(P.x, "__name__", "y"),
    lambda: MP(C.__dict__)["__doc__"],
    lambda: len(MP([])),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
c = C()
c.a = 1
for k in list(vars(c)):
    c.__class__ = P.__class__ if False else C
print(vars(c))
