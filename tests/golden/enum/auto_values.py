# auto(): values counted from 1 after the last value, mixed with explicit values, and a class's own _generate_next_value_
from enum import Enum, IntEnum, auto


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), [m.value for m in Ordinal])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lower), Lower("south1"))


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Level), Level.HIGH + 0, Level(2))
a = auto()
print(repr(a))

