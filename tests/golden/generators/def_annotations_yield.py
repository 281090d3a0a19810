# yield inside a def's defaults and annotations in a generator: evaluated in CPython's order and held across the suspensions
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
    def __repr__(self): return "D(%s)" % self.name
def gen():
    def f(a: (yield "ann a"), b: D("ann b") = (yield "default b"), *, c: (yield "ann c") = D("kw c")) -> (yield "return"):
        pass
    print(f.__annotations__, f.__defaults__, f.__kwdefaults__)
    return f
g = gen()
print(next(g))
for value in ["B", "A", "C", "R"]:
    try:
        print(g.send(value))
    except StopIteration as stop:
        f = stop.value
print("-- the function dies: keyword-only defaults, then annotations")
del f
print("-- close during the annotations")
g = gen()
next(g)
g.send(D("held default"))
g.close()
print("end")
