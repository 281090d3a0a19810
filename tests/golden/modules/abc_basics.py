# abc: ABC and abstractmethod; instantiating a class with abstract methods fails with CPython's message.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def name(self):
        pass
    def describe(self):
        return f"{self.name()} with area {self.area()}"
class Half(Shape):
    def name(self):
        return "half"
class Square(Half):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def name(self):
        return "square"
for make in [lambda: Shape(), lambda: Half(), lambda: Square(3), lambda: ABC()]:
    try:
        obj = make()
        print(type(obj).__name__, isinstance(obj, Shape))
    except TypeError as e:
        print(e)
s = Square(2)
print(s.describe(), isinstance(s, ABC), Shape.area.__isabstractmethod__)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
class WithProperty(ABC):
    @property
    @abstractmethod
    def value(self):
        ...
class Concrete(WithProperty):
    @property
    def value(self):
        return 42
try:
    WithProperty()
except TypeError as e:
    print(e)
print(Concrete().value)
class Plain(ABC):
    def method(self):
        return "no abstract methods"
print(Plain().method())
