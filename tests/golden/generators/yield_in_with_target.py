# yield inside a with statement's target: __enter__'s result waits while the target suspends; closing there still runs __exit__
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False


class Box:
    pass


def gen():
    with CM("a") as (yield "target?").value, CM("b") as [(yield "second?")][0]:
        print("body", box.value)
        yield "in body"
    yield "after"


box = Box()
slot = Box()
g = gen()
print(next(g))
print(g.send(box))
print(g.send([None]))
print(next(g))
del g
print("---")
g = gen()
print(next(g))
print("closing while suspended in the target")
g.close()
print("closed")
