# a yielded value belongs to the caller: it dies when the caller drops it, not the generator
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    yield D("first")
    yield D("second")
it = g()
x = next(it)
print("have", x.name)
x = next(it)
print("have", x.name)
del x
print("end")
