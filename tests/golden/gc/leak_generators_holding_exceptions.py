# generators suspended inside `except` blocks or holding caught exceptions, left unfinished, in cycles, or thrown into: everything they hold is released
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def suspended_in_except():
    local = D("local of suspended_in_except")
    try:
        raise ValueError("caught")
    except ValueError as e:
        yield e
        yield "after"

g = suspended_in_except()
e = next(g)
print("got", repr(e))
print("e is held by the generator too:", e)
del e
del g

def keeps_exception():
    saved = None
    try:
        {}["x"]
    except KeyError as err:
        saved = err
    while True:
        x = yield saved
        if x is None:
            return

g = keeps_exception()
print("first", repr(next(g)))
print("again", repr(g.send(1)))
# A generator that holds itself through its own locals.
def self_ref():
    me = yield
    d = D("local of self_ref")
    yield me

g2 = self_ref()
next(g2)
g2.send(g2)
del g2
print("collected", gc.collect())

# throw() into a generator that stores the exception where the generator can reach it.
store = []
def catcher():
    while True:
        try:
            yield
        except Exception as exc:
            store.append(exc)

c = catcher()
next(c)
c.throw(TypeError("thrown"))
store.append(c)
store.append(D("store tag"))
print([type(x).__name__ for x in store])
del c
store = None
print("collected", gc.collect())

# A generator never finished, left for shutdown, holding an exception with a traceback.
left = keeps_exception()
next(left)
print("end")
