# locals stay alive while a generator is suspended and are released when it finishes
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    a = D("a")
    yield 1
    b = D("b")
    yield 2
    a = None
    yield 3
it = g()
for v in it:
    print("got", v)
print("loop over")
