# a generator takes __name__/__qualname__ from its function at creation (renamed functions included), and keeps its own after assignment
def gen():
    yield 1


a = gen()
gen.__name__ = "renamed"
b = gen()
gen.__qualname__ = "Outer.renamed"
c = gen()
for g in (a, b, c):
    print(g.__name__, g.__qualname__, repr(g))

a.__name__ = "first"
print(a.__name__, a.__qualname__)
a.__qualname__ = "X.first"
print(a.__name__, a.__qualname__, repr(a))
c.__qualname__ = "gen"
print(c.__name__, c.__qualname__, repr(c))
try:
    b.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
print(next(a), next(b), next(c))


class Holder:
    def method(self):
        yield self


m = Holder().method()
print(m.__name__, m.__qualname__)
print(next(m).__class__.__name__)
