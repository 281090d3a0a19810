# Wrong uses of metaclasses and type.__new__: CPython's messages for bad arguments, conflicts, __classcell__, and what type.__call__ does
def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


check("not a subtype", lambda: type.__new__(int, "X", (), {}))
check("two args", lambda: type.__new__(type, "X", ()))
check("name", lambda: type.__new__(type, 1, (), {}))
check("base not a class", lambda: type.__new__(type, "X", (1,), {}))
check("bases not a tuple", lambda: type.__new__(type, "X", [], {}))
check("namespace", lambda: type.__new__(type, "X", (), []))
check("qualname", lambda: type.__new__(type, "X", (), {"__qualname__": 5}))
check("call on int", lambda: type.__call__(int, "12"))
check("type.__init__", lambda: type.__init__(int, 1, 2))


class M(type):
    pass


check("three-arg call", lambda: M("Y", (), {"a": 1}).a)
check("type of", lambda: type(M("Z", (), {})).__name__)
check("M.__new__", lambda: M.__new__(M, "W", (), {}).__name__)


def metaclass_not_callable():
    class Q(metaclass=5):
        pass


check("metaclass=5", metaclass_not_callable)


def new_returns_other():
    class Meta(type):
        def __new__(mcls, name, bases, ns):
            return 42

    class Q(metaclass=Meta):
        pass

    return Q


check("__new__ returns 42", new_returns_other)


def bad_classcell():
    class Meta(type):
        def __new__(m, name, bases, ns):
            ns["__classcell__"] = 3
            return super().__new__(m, name, bases, ns)

    class Q(metaclass=Meta):
        pass


check("bad __classcell__", bad_classcell)


def conflict():
    class M1(type):
        pass

    class M2(type):
        pass

    return type("C", (M1("A", (), {}), M2("B", (), {})), {})


check("conflict", conflict)


def init_subclass_keywords():
    class Meta(type):
        def __new__(mcls, name, bases, ns, **kw):
            return super().__new__(mcls, name, bases, ns, **kw)

    class Base(metaclass=Meta):
        pass

    class Child(Base, color="red"):
        pass


check("keywords reach object.__init_subclass__", init_subclass_keywords)
