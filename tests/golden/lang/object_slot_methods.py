# object.__hash__, __eq__, __ne__, __repr__, __str__ and the other methods of object, called directly
class E:
    pass


e = E()
print(E.__hash__ is object.__hash__, E.__eq__ is object.__eq__, E.__ne__ is object.__ne__)
print(E.__repr__ is object.__repr__, E.__str__ is object.__str__, E.__init__ is object.__init__)
print(object.__hash__(e) == hash(e), e.__hash__() == hash(e), E.__hash__(e) == hash(e))
print(object.__eq__(e, e), object.__eq__(e, 1), object.__ne__(e, e), object.__ne__(e, 1))
print(object.__repr__(e) == repr(e), object.__str__(e) == str(e), e.__repr__() == repr(e))
print(object.__repr__(e).startswith("<__main__.E object at 0x"))
object.__setattr__(e, "x", 1)
print(object.__getattribute__(e, "x"))
object.__delattr__(e, "x")
print(hasattr(e, "x"), object.__init__(e), type(object.__new__(E)).__name__)


class R:
    def __repr__(self):
        return "R!"


r = R()
print(repr(r), str(r), object.__str__(r), object.__repr__(r).startswith("<__main__.R object"))
for call in (
    lambda: object.__hash__(),
    lambda: object.__hash__(1, 2),
    lambda: object.__eq__(e),
    lambda: object.__getattribute__(e, "zz"),
    lambda: object.__getattribute__(e, 5),
):
    try:
        call()
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
