# collections.namedtuple: fields, defaults, _make/_replace/_asdict, comparisons and CPython's errors.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), p != (1, 3), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), Point(x=7, y=8), Point(9, y=10))
print(p < Point(1, 3), p + (3,), p * 2, p.count(1), p.index(2), 2 in p, p[:1])
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults)
R = namedtuple("R", "a, def, a, _b", rename=True)
print(R._fields, namedtuple("E", "")(), namedtuple("S", "a,b")(1, 2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], d.get((1, 2)))
tests = [
    lambda: namedtuple("P", "x 1y"), lambda: namedtuple("P", "x class"), lambda: namedtuple("P", "x _y"),
    lambda: namedtuple("P", "x x"), lambda: namedtuple("1P", "x"), lambda: namedtuple("P", "x y", defaults=(1, 2, 3)),
    lambda: Point(), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
    lambda: P3(), lambda: P3(1, 2, 3, 4), lambda: p._replace(z=1), lambda: Point._make([1]), lambda: p[5],
    lambda: namedtuple("T", "a b c")(), lambda: namedtuple("T", "a b c")(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
