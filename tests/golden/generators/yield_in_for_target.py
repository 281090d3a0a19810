# yield inside a for loop's target: the item waits while the target suspends, the body runs for it, and closing there releases item and iterator in CPython's order
class Noisy:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


def gen(items):
    for (yield "where?").value in items:
        print("body sees", stash.value)
    print("loop done")
    for a, (yield "pair?")[0] in [(1, Noisy("p1")), (2, Noisy("p2"))]:
        print("pair", a)
    yield "end"


stash = Box()
g = gen([Noisy("x"), Noisy("y")])
print(next(g))
print(g.send(stash))
print(g.send(stash))
slot = [None]
print(g.send(slot))
print(slot)
print(g.send(slot))
print(slot)
del g
print("---")
g = gen(iter([Noisy("kept"), Noisy("never")]))
print(next(g))
print("closing while suspended in the target")
g.close()
print("closed")
