# expected an indented block after a class definition
class Point:

x = 0
