class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f():
    a = D("a")
    b = D("b")
    c = D("c")
    print("returning")
    return "value"
print(f())
def g():
    x = D("x")
    y = D("y")
    keep = D("returned")
    return keep
r = g()
print("got", r.name)
r = None
print("after rebinding r")
def h(arg):
    local = D("local in h")
    print("h body")
h(D("argument"))
print("end")
