# operator: attrgetter, itemgetter and methodcaller, with their reprs and errors.
import operator
from operator import attrgetter, itemgetter, methodcaller
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = None
    def hello(self, name, punct="!"):
        return f"hello {name}{punct}"
p = P(1, 2)
p.inner = P(3, 4)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("inner.y")(p), attrgetter("inner.x", "x")(p))
print(itemgetter(1)([5, 6, 7]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}), itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(methodcaller("hello", "bob")(p), methodcaller("hello", "amy", punct="?")(p), methodcaller("upper")("abc"))
print(attrgetter("a.b", "c"), itemgetter(1, "a"), methodcaller("f", 1, k=2), methodcaller("g"))
print(type(attrgetter("x")), type(itemgetter(1)).__name__, type(methodcaller("x")).__module__)
people = [P(3, "c"), P(1, "a"), P(2, "b")]
print([q.y for q in sorted(people, key=attrgetter("x"))])
print(list(map(itemgetter(0), [(1, 2), (3, 4)])))
tests = [
    lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter("x", b=1), lambda: attrgetter("nope")(p),
    lambda: attrgetter("x")(), lambda: attrgetter("x")(p, p), lambda: attrgetter("x")(obj=p),
    lambda: itemgetter(), lambda: itemgetter(1, b=1), lambda: itemgetter(5)([1]), lambda: itemgetter("a")({}),
    lambda: itemgetter(1)(), lambda: itemgetter(0)(5),
    lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller("nope")(1), lambda: methodcaller("x")(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
