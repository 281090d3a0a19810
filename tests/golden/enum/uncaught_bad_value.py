# refpy: stdout-status-only
# An uncaught ValueError from looking up a bad value ends the program with status 1 (the traceback's enum.py lines are refpy's own)
from enum import Enum


class Color(Enum):
    RED = 1


print(Color(1))
Color(4)
print("not reached")
