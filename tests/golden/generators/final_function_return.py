# a suspended generator local to a function is closed when the function returns
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        yield 1
    finally:
        print("closed")
def f():
    it = g()
    next(it)
    x = D("other local")
    print("returning")
f()
print("after f")
