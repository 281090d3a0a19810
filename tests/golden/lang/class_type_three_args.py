# type(name, bases, dict) and its argument errors
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "kind": "point", "show": lambda self: "P" + str(self.v)})
p = Point(3)
print(p.v, p.kind, p.show())
print(Point.__name__, Point.__qualname__, Point.__bases__, Point.__module__)
Sub = type("Sub", (Point,), {"kind": "sub"})
s = Sub(4)
print(s.kind, s.show(), isinstance(s, Point))
print([c.__name__ for c in Sub.__mro__])
print(type(p) is Point, type(Point) is type)
Empty = type("Empty", (), {})
print(Empty.__bases__, type(Empty()).__name__)
print(type(1), type("s"), type(None), type([]), type(type))
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
