# collections.namedtuple: unpacking, iteration, use as dict keys and in sorting, field defaults, _make from iterables.
from collections import namedtuple
Card = namedtuple("Card", ["rank", "suit"])
hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand), max(hand), min(hand, key=lambda c: c.suit))
for rank, suit in hand:
    print(rank, suit, end="; ")
print()
print({c: c.rank for c in hand}[Card(2, "s")], Card(1, "x") in set(hand), Card(10, "h") in hand)
Point3 = namedtuple("Point3", "x y z", defaults=(0,))
print(Point3(1, 2), Point3(1, 2, 3)._asdict(), Point3._make(range(3)), Point3._make(iter("abc")))
p = Point3(1, 2)
print(p._replace(x=5, z=9), p, tuple(p), list(p), p[0:2], p[::-1], p.index(0), len(Point3._fields))
Pair = namedtuple("Pair", "first, second")
a, b = Pair("left", "right")
print(a, b, Pair(second=2, first=1), [f for f in Pair._fields])
print(Pair(1, 2) == Pair(1, 2), Pair(1, 2) == (1, 2), Pair(1, 2) != Pair(2, 1), hash(Pair(1, 2)) == hash((1, 2)))
print(str(Pair(1, [2])), repr(Pair("a", None)), Pair.__name__, Pair.__doc__, Pair._field_defaults)
Empty = namedtuple("Empty", [])
print(Empty(), len(Empty()), list(Empty()), Empty._fields)
