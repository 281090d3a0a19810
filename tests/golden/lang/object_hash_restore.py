# A class that defines __eq__ gets __hash__ = None; __hash__ = object.__hash__ restores identity hashing
class C:
    def __eq__(self, other):
        return isinstance(other, C)


print(C.__hash__)
try:
    hash(C())
except TypeError as e:
    print(e)


class D(C):
    __hash__ = object.__hash__


d1, d2 = D(), D()
print(D.__hash__ is object.__hash__, hash(d1) == object.__hash__(d1), d1 == d2)
s = {d1, d2, d1}
print(len(s))
table = {d1: "one"}
print(table[d1], d2 in table, table.get(d2, "missing by identity hash"))


class F:
    pass


F.__hash__ = object.__hash__
print(F.__hash__ is object.__hash__, len({F(), F()}))
