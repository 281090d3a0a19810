# wrong calls on built-in subclasses get CPython's messages
class L(list): pass
class D(dict): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
tests = [
    lambda: L(1, 2),
    lambda: L(5),
    lambda: D(1),
    lambda: D([1, 2]),
    lambda: I("x"),
    lambda: I(1, 2, 3),
    lambda: I([1]),
    lambda: S(b=1),
    lambda: T(5),
    lambda: L().append(),
    lambda: L().pop(3),
    lambda: D()["missing"],
    lambda: list.append(D(), 1),
    lambda: I(3) + "a",
    lambda: S("a") + 3,
    lambda: hash(L()),
    lambda: hash(D()),
    lambda: L()[0],
    lambda: T((1,))[5],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
