# abc: abstract classmethods and staticmethods, overriding in subclasses, multiple abstract bases, plural messages.
from abc import ABC, abstractmethod
class Base(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...
    @abstractmethod
    def run(self):
        ...
class Partial(Base):
    def run(self):
        return "run"
class Full(Partial):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"
for cls in [Base, Partial, Full]:
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.run(), cls.create().run(), cls.helper())
    except TypeError as e:
        print(e)
class One(ABC):
    @abstractmethod
    def only(self):
        pass
try:
    One()
except TypeError as e:
    print(e)
class Impl(One):
    def only(self):
        return super().only()
print(Impl().only(), sorted(One.__abstractmethods__), Impl.__abstractmethods__, issubclass(Impl, ABC))
class Args(ABC):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
print(vars(Args(1)), vars(Args(1, b=5)))
