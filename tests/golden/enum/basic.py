# Enum basics: members, name/value, repr and str, iteration in definition order, len, lookup by value and by name, identity, the class's repr
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), [m.name for m in Color])
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, Color["RED"] is Color.RED)
print(type(Color.RED), type(Color.RED) is Color, isinstance(Color.GREEN, Color), isinstance(Color.RED, Enum))
print(Color, repr(Color), str(Color), type(Color).__name__, Color.__name__)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE, Color.RED == 1)
print(Color.RED is Color.RED, Color.RED in Color, Color.GREEN in Color)
print(f"{Color.RED}", f"{Color.RED!r}", "{}".format(Color.BLUE), f"[{Color.RED:>12}]", format(Color.GREEN, "<10") + "|")
print(Color.RED._name_, Color.RED._value_, Color._member_names_)
print(list(reversed(Color)), bool(Color), bool(Color.RED))
print(Color.__members__)
print(list(Color.__members__), len(Color.__members__), Color.__members__["GREEN"])
print(Color.RED.__class__.__name__, Color.__qualname__, Color.RED.__class__.__mro__)
for i, member in enumerate(Color, 1):
    print(i, member.name, member.value, member)


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = ("circle", 1)
    NOTHING = None


print(Shape("sq"), Shape(("circle", 1)), Shape(None), repr(Shape.CIRCLE), repr(Shape.NOTHING))
