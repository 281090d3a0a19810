# __new__ on an int subclass: validation, extra attributes, super().__new__
class Positive(int):
    def __new__(cls, value):
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        inst = super().__new__(cls, value)
        inst.original = value
        return inst
p = Positive(3)
print(p, p.original, p + p, type(p).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError", e)
class Flag(int):
    def __new__(cls, name, value):
        obj = int.__new__(cls, value)
        obj.name = name
        return obj
    def __str__(self):
        return self.name
f = Flag("READ", 4)
print(f, repr(f), f | 1, f == 4, int(f))
try:
    object.__new__(Flag)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str, 5)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(5)
except TypeError as e:
    print("TypeError", e)
