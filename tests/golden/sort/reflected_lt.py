# sort uses < only; a class with only __gt__ is reached through the reflected operand, and NotImplemented errors
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print(f"{self.v} > {other.v}")
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([G(3), G(1), G(2)]))


class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return NotImplemented


try:
    sorted([N(1), N(2)])
except TypeError as e:
    print("TypeError:", e)


class T:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other.v)

    def __repr__(self):
        return f"T{self.v}"


class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("bool", self.b)
        return self.b


print(sorted([T(2), T(1), T(3)]))
