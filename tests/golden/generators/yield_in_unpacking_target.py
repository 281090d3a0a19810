# yield inside unpacking targets: the unpacked values wait while a target suspends, and are released in CPython's order when the generator is closed there
class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


def gen():
    a, (yield "first target?").b, *rest, (yield "last target?")[0] = (
        Noisy("one"),
        Noisy("two"),
        Noisy("three"),
        Noisy("four"),
        Noisy("five"),
    )
    print("a =", a, "rest =", rest)
    [x, (y, (yield "nested?").z)] = [1, [2, 3]]
    print(x, y)
    yield "done"


box = Box()
slot = [None]
inner = Box()
g = gen()
print(next(g))
print(g.send(box))
print(g.send(slot))
print(box.b, slot)
print(g.send(inner))
print(inner.z)
del g, box, slot
print("---")
g = gen()
print(next(g))
print(g.send(Box()))
print("closing while suspended in the last target")
g.close()
print("closed")
print("---")
g = gen()
next(g)
try:
    g.throw(KeyError("bad target"))
except KeyError as e:
    print("KeyError:", e)
print("end")
