# float subclass: arithmetic, repr, formatting, comparisons
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.5)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, -c, abs(Celsius(-2.5)), round(c))
print(c == 21.5, c > 20, hash(c) == hash(21.5), f"{c:.2f}", int(c), float(c), type(float(c)).__name__)
print(Celsius("3.25"), Celsius(), Celsius(7), c.is_integer(), isinstance(c, float))
class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"
print(Money(3.5), [Money(1)], str(Money(2)), Money(2) * 2)
