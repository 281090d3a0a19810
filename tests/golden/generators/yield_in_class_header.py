# yield inside a class statement's decorators, bases and keywords: CPython's order, values held across the suspension, released when the generator is closed there
class Noisy:
    def __init__(self, name):
        self.name = name

    def __call__(self, cls):
        print("decorating", cls.__name__, "with", self.name)
        cls.tag = self.name
        return cls

    def __del__(self):
        print("del", self.name)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


def gen():
    @Noisy("outer")
    @(yield "decorator?")
    class C((yield "base?"), flavour=(yield "flavour?")):
        x = 1

    print("made", C.__name__, C.tag, C.__mro__[1].__name__, C.x)
    yield "done"


g = gen()
print(next(g))
print(g.send(Noisy("inner")))
print(g.send(Base))
print(g.send("sweet"))
del g
print("---")
g = gen()
print(next(g))
print(g.send(Noisy("held")))
print("closing while suspended in a base")
g.close()
print("closed")
