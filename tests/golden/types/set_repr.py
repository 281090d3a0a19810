print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1, 2})), str({3, 4}))
print({"only"}, frozenset({"one"}), {(1, "a")}, {None}, {1.5, -0.0})
print([{1}, frozenset({2})], ({3},), {1: {4}})
print(f"{ {5, 6} }", "%s" % ({7},), format({8}))
print({frozenset({1, 2}), frozenset()})

class Holder:
    def __init__(self):
        self.s = set()
    def __repr__(self):
        return f"Holder({self.s!r})"
    def __hash__(self):
        return 1

h = Holder()
h.s.add(h)
print(h, h.s)
f = frozenset([h])
h.s = f
print(f)

class R:
    def __repr__(self):
        return "R!"
    def __hash__(self):
        return 2

print({R(), 1}, frozenset([R()]))
