# dir() of built-in objects, exceptions and user classes: each type's own names plus its
# bases' along the MRO.
def f():
    pass


class E(ValueError):
    pass


class P:
    x = 1


objs = [object(), 1, True, 1.5, "s", [], (), {}, None, f, range(1), slice(1), Exception(),
        type, len, NotImplemented, ..., ValueError(), OSError(), KeyError, E(), P(), P,
        StopIteration(), SyntaxError()]
for o in objs:
    print(type(o).__name__, dir(o))
