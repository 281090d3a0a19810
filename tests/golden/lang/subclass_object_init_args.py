# object.__init__ and object.__new__ argument checks for classes with and without overrides
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a)
class BadSuper:
    def __init__(self, a):
        super().__init__(a)
try:
    BadSuper(1)
except TypeError as e:
    print("TypeError", e)
class BadNew:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    BadNew(1)
except TypeError as e:
    print("TypeError", e)
