# exceptions whose tracebacks reach the frame holding the container they are stored in: the cycles are collected, the frames' locals die with them, nothing is left at exit
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def collect_errors():
    errors = []
    local = D("local of collect_errors")
    for i in range(3):
        try:
            [][i]
        except IndexError as e:
            errors.append(e)
    return errors

errs = collect_errors()
print(len(errs), [str(e) for e in errs])
del errs
print("collected", gc.collect())

def keep_in_dict():
    table = {}
    local = D("local of keep_in_dict")
    try:
        1 / 0
    except ZeroDivisionError as e:
        table["err"] = e
        table["tb"] = e.__traceback__
        table["frame"] = e.__traceback__.tb_frame
    return None

keep_in_dict()
print("collected", gc.collect())

# Chained exceptions: each one's __context__ and traceback stored in a set of tuples.
def chain():
    seen = set()
    marker = D("marker of chain")
    try:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            raise ValueError("outer") from inner
    except ValueError as outer:
        seen.add((outer, outer.__cause__))
    return len(seen)

print("chain", chain())
print("collected", gc.collect())

# An exception stored as an attribute of an object its own frame holds.
class Holder:
    def run(self):
        try:
            raise RuntimeError("held")
        except RuntimeError as e:
            self.err = e

h = Holder()
h.tag = D("holder tag")
h.run()
del h
print("collected", gc.collect())

# A suspended generator whose caught exception sits in a list that the generator holds.
def gen(box):
    try:
        yield 1
        raise LookupError("in gen")
    except LookupError as e:
        box.append(e)
        yield 2

box = []
g = gen(box)
box.append(g)
# Kept suspended: a finished generator's frame outlives it only through tracebacks in
# CPython (a documented divergence), so this one stays unfinished.
print(next(g), next(g))
box.append(D("box of gen"))
del g, box
# (CPython 3.11's first collection here frees the cycle but reports 0; refpy reports what
# it freed, so the count is not printed.)
gc.collect()
print("collected")
