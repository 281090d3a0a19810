# Set displays: evaluation and insertion order.
class K:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.h == other.h
    def __repr__(self):
        return self.name

def mk(name, h):
    print("make", name)
    return K(name, h)

s = {mk("a", 1), mk("b", 9), mk("c", 1)}
print(s)
s = {mk("x", 2), *[mk("y", 10), mk("z", 2)], mk("w", 3)}
print(s)
print({1, 2, 3}, {3, 2, 1}, {-1, -2, (1, 2)}, {1.5, -0.5, 2})
print({*range(5), *range(3, 8)}, {*()}, {*"", 4})
n = 9
print({n, n * 2, n * 3, n + 1, n - 1})
print({0, 16, 32, 48, 64})
print({64, 48, 32, 16, 1})
print({i for i in range(12) if i % 3})
