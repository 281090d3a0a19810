# __new__: object.__new__, super().__new__, singletons, subclasses of str and int
class Tracker:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v

t = Tracker(5)
print(t.created, t.v)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs every time")
print(Singleton() is Singleton())

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
print(type(ReturnsOther()).__name__)

class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), PosInt(-5) + 1)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
