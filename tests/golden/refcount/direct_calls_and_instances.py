# Plain positional calls and class calls with a plain __init__: argument ownership, release order, errors, and class changes after the first call.
import sys


class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def take(a, b):
    print("in take", a.name, b.name)
    del a
    print("after del a")
    return 1


def boom():
    raise ValueError("boom")


print(take(T("x"), T("y")))
try:
    take(T("p"), boom())
except ValueError as e:
    print("caught", e)


def closure_maker():
    k = T("cell")

    def inner(a):
        return a.name + k.name

    return inner


f = closure_maker()
print(f(T("arg")))
del f


class P:
    def __init__(self, a, b):
        print("init", a.name, b.name)
        self.a = a


p = P(T("1"), T("2"))
print("made")
del p
print("gone")


class Bad:
    def __init__(self, x):
        self.x = x
        return 5


for i in range(2):
    try:
        Bad(T("bad%d" % i))
    except TypeError as e:
        print("TypeError", e)


class Raises:
    def __init__(self, x):
        self.keep = T("attr")
        raise KeyError(x.name)

    def __del__(self):
        print("del Raises")


try:
    Raises(T("arg-r"))
except KeyError as e:
    print("KeyError", e)


class C:
    def __init__(self, v):
        self.v = v


def show(c):
    print(type(c).__name__, vars(c))


for i in range(3):
    show(C(i))


def new_init(self, v, w=10):
    self.v = v * w


C.__init__ = new_init
show(C(2))


def new_new(cls, *args):
    print("new_new", args)
    return object.__new__(cls)


C.__new__ = new_new
show(C(3))


class Base:
    def __init__(self, x):
        self.x = x


class Derived(Base):
    pass


print(vars(Derived(1)))


def derived_init(self, x):
    self.y = x


Derived.__init__ = derived_init
print(vars(Derived(2)))
Base.__init__ = lambda self, x: setattr(self, "z", x)
del Derived.__init__
print(vars(Derived(3)))


class NotNone:
    def __init__(self):
        return None


print(type(NotNone()).__name__)


class WithSuper(Base):
    def __init__(self, x):
        super().__init__(x + 1)


print(vars(WithSuper(1)))


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)


class Rec:
    def __init__(self, n):
        Rec(n + 1)


try:
    Rec(0)
except RecursionError as e:
    print("RecursionError", e)

sys.setrecursionlimit(1000)


def wrong(a, b):
    return a


for args in [(1,), (1, 2, 3)]:
    try:
        wrong(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    wrong(1)
except TypeError as e:
    print("TypeError", e)
try:
    P(T("only"))
except TypeError as e:
    print("TypeError", e)
print("end")
