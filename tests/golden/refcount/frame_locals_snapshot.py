# locals() in a function returns one dict kept on the frame: it holds values until the next call or the frame's end
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f():
    x = D(1)
    a = locals()
    print(a is locals(), sorted(a))
    x = D(2)
    print("rebound")
    b = locals()
    print("refreshed", a is b)
    del x
    print("deleted x")
    c = locals()
    print("x" in c, sorted(c))
    del a, b, c
    y = D(3)
    locals()
    print("end f")


f()
print("after f")


def g():
    z = D(4)
    snap = locals()
    z = None
    print("z rebound, snapshot still holds", snap["z"].n)
    return snap


s = g()
print("returned", s["z"].n)
del s
print("end")
