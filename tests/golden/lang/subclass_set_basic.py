# set and frozenset subclasses: repr names the subclass, operators give plain sets
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([1, 2])
t.add_all(3, 4)
print(t, len(t), 3 in t, sorted(t), type(t).__name__, repr(Tags()))
print(t | {9}, type(t | {9}).__name__, t & {1, 2}, t - {1}, {1, 2} | t, t == {1, 2, 3, 4})
t |= {5}
print(type(t).__name__, sorted(t))
t.discard(1)
t.remove(2)
print(sorted(t), t.issubset({3, 4, 5, 6}))
class Frozen(frozenset): pass
f = Frozen([1, 2])
print(f, repr(Frozen()), hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset({1, 2})], f | {3})
