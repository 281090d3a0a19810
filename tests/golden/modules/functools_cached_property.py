# functools.cached_property: computed once per instance, stored in __dict__, deletable, and its errors.
import functools
class Data:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        print("summing")
        return sum(self.values)
    @functools.cached_property
    def doubled(self):
        """Twice the total."""
        return self.total * 2
d = Data([1, 2, 3])
print(d.total, d.total, d.doubled, vars(d))
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.doubled)
d.total = 100
print(d.total, Data.total.attrname, Data.doubled.__doc__, type(Data.total).__name__)
e = Data([5])
print(e.total, "total" in vars(e), "doubled" in vars(e))
class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as err:
    print(err)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(Data([]), Data)
except TypeError as err:
    print(err)
