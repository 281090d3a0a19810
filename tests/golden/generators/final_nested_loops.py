# a generator freed while suspended in nested loops releases its iterators and locals in CPython's order
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    outer_local = D("outer_local")
    for i in [D("i0"), D("i1")]:
        for j in (D("j0"), D("j1")):
            inner_local = D("inner_local")
            yield i.name, j.name
it = g()
print(next(it))
print("dropping")
it = None
print("dropped")
