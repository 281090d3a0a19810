def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(hash(1), hash(-1), hash(0), hash(2 ** 64), hash(-(2 ** 64)), hash(1.0) == hash(1), hash(0.5), hash((1, 2.5, (3,))), hash(False), hash(10 ** 30))
print(hash("a") == hash("a"), hash((1, "x")) == hash((1, "x")))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(({},)))
t(lambda: hash())
class A: pass
class B(A): pass
class C: pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (int, (list, str))))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(A, type), isinstance(int, type), isinstance(None, object), isinstance([], object))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, (str, object)), issubclass(A, A), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1))
t(lambda: issubclass(int))
print(type(1), type("s"), type(1.5), type(None), type([]), type(()), type({}), type(True), type(len), type(A()), type(A), type(type))
print(type(1) is int, type(True) is bool, type(B()) is A, type(range(1)), type(2 ** 100))
t(lambda: type())
t(lambda: type(1, 2))
