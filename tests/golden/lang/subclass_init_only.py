# subclasses that only override __init__ of a mutable built-in, with and without calling super
class Empty(list):
    def __init__(self, items):
        self.given = items
e = Empty([1, 2, 3])
print(e, e.given, len(e))
class Doubled(list):
    def __init__(self, items):
        super().__init__(x * 2 for x in items)
print(Doubled([1, 2]), Doubled(range(3)))
class Defaults(dict):
    def __init__(self, **kw):
        super().__init__(color="red", **kw)
print(Defaults(size=3), Defaults(color="blue"))
class Seen(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.count = len(self)
s = Seen("hello")
print(sorted(s), s.count, len(Seen()))
