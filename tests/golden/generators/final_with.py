# a generator freed while suspended inside with: __exit__ sees GeneratorExit
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
def g():
    with CM("outer") as a, CM("inner") as b:
        yield 1
        print("not reached")
it = g()
next(it)
print("dropping")
del it
print("dropped")
