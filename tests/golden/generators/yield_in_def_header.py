# yield inside a def's decorators and defaults: CPython's evaluation order, values held across the suspension, and their release when the generator is closed there
class Noisy:
    def __init__(self, name):
        self.name = name

    def __call__(self, f):
        print("decorating", f.__name__, "with", self.name)
        f.decorated_by = self.name
        return f

    def __del__(self):
        print("del", self.name)


def gen():
    @Noisy("outer")
    @(yield "decorator?")
    def f(a=(yield "default a?"), b=Noisy("b-default"), *, c=(yield "kwdefault c?")):
        return a, b.name, c

    print("made", f.__name__, f.decorated_by, f())
    print(f.__defaults__[0], f.__kwdefaults__)
    yield "done"


g = gen()
print(next(g))
print(g.send(Noisy("inner")))
print(g.send(1))
print(g.send(3))
del g
print("---")
g = gen()
print(next(g))
print(g.send(Noisy("held")))
print("closing while suspended in a default")
g.close()
print("closed")
print("---")
g = gen()
next(g)
g.send(Noisy("thrown-away"))
try:
    g.throw(ValueError("bad default"))
except ValueError as e:
    print("ValueError:", e)
print("end")
