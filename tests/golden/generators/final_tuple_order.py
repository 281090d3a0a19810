# generators referenced from a tuple, an instance and a nested list are finalized in their containers' order
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g(name):
    try:
        yield name
    finally:
        print("close", name)
def started(name):
    it = g(name)
    next(it)
    return it
t = (started("t0"), started("t1"), started("t2"))
class Holder:
    pass
h = Holder()
h.first = started("h_first")
h.second = started("h_second")
nested = [[started("n00"), started("n01")], [started("n10")]]
print("drop tuple")
del t
print("drop holder")
del h
print("drop nested")
del nested
print("end")
