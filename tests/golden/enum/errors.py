# Wrong uses of enums and CPython's messages: bad values and names, reassigning or deleting members, setting name/value, extending an enum with members, ordering, 'in' with a non-member
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


for value in (7, "RED", None, (1,)):
    try:
        Color(value)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColor(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Enum):
        _reserved_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
Color.RED.note = "extra attributes are fine"
print(Color.RED.note)
Color.extra = 5
print(Color.extra, len(Color))


class Num(IntEnum):
    ONE = 1


try:
    Num("one")
except ValueError as e:
    print("ValueError:", e)
try:
    class NotInt(IntEnum):
        A = "a"
except ValueError as e:
    print("ValueError:", e)
