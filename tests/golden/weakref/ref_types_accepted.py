# Which objects can be weakly referenced; the repr names the target's type (and its
# __name__ for functions, classes and generators).
import weakref
class C:
    def m(self): pass
def f(): pass
def g(): yield 1
gen = g()
c = C()
for obj in (c, f, C, gen, c.m, {1}, frozenset([1])):
    r = weakref.ref(obj)
    text = repr(r)
    print(type(obj).__name__, "->", text[text.index(";"):].split(" at ")[0], text.endswith(")>") and text[text.rindex("("):])
for obj in (1, "s", [1], {1: 2}, (1,), None, 1.5):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)
