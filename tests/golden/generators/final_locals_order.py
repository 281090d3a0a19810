# after a suspended generator is closed, its locals are released in slot order
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g(p):
    a = D("a")
    b = D("b")
    c = D("c")
    yield
    d = D("d")
it = g(D("param"))
next(it)
print("dropping")
del it
print("dropped")
