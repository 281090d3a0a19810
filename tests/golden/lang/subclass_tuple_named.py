# a tuple subclass with __new__ and properties, like a hand-written named tuple
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], p[-1], list(p), tuple(p), p == (1, 2), (1, 2) == p)
x, y = p
print(x, y, hash(p) == hash((1, 2)), {p: "origin"}[(1, 2)], p + (3,), type(p + (3,)).__name__)
print(isinstance(p, tuple), sorted([Point(2, 0), Point(1, 5)]), max(Point(3, 4)))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
print(p.count(1), p.index(2), p[::-1])
