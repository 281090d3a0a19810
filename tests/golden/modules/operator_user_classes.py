# operator: the functions dispatch to user special methods (reflected and in-place) and truth/index hooks.
import operator
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.n)
    def __iadd__(self, o):
        self.n += o
        return self
    def __lt__(self, o):
        return self.n < o.n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __neg__(self):
        return V(-self.n)
    def __bool__(self):
        return self.n != 0
    def __index__(self):
        return self.n
    def __getitem__(self, i):
        return self.n * 10 + i
    def __len__(self):
        return 3
    def __contains__(self, x):
        return x == self.n
a, b = V(1), V(2)
print(operator.add(a, b), operator.add(5, a), operator.lt(a, b), operator.gt(a, b), operator.eq(a, V(1)), operator.ne(a, b))
c = a
print(operator.iadd(a, 10) is c, a, operator.neg(b), operator.not_(V(0)), operator.truth(V(3)), operator.index(V(7)))
print(operator.getitem(V(4), 2), operator.contains(V(5), 5), operator.length_hint(V(1)), operator.countOf([V(1), V(1)], V(1)))
print(sorted([V(3), V(1), V(2)], key=operator.attrgetter("n")), max([V(3), V(9)], key=operator.attrgetter("n")))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2])), operator.itemgetter(-1)(V(2)))
print(operator.is_(None, None), operator.is_not(a, b), [operator.index(x) for x in (True, 3, V(4))])
for name in sorted(n for n in dir(operator) if not n.startswith("_")):
    print(name, end=" ")
print()
