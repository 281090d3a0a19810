class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    pass
h = Holder()
h.a = D("a1")
print("rebind a")
h.a = D("a2")
print("del attribute")
del h.a
h.b = D("b")
h.c = D("c")
print("drop holder")
h = None
print("--")
class Owner:
    def __init__(self):
        self.x = D("x")
        self.y = D("y")
    def __del__(self):
        print("del owner")
o = Owner()
o = None
print("end")
