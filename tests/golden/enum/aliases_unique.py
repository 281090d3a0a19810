# Aliases: a repeated value names the first member; iteration skips aliases, __members__ keeps them; @unique rejects them with CPython's message
from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), len(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2), Shape["ALIAS_FOR_SQUARE"])
print(list(Shape.__members__.items()))
print([name for name, m in Shape.__members__.items() if m.name != name])


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
