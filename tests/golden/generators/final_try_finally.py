# a generator freed while suspended inside try/finally runs its finally block at once
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    a = D("a")
    try:
        yield 1
        print("not reached")
    finally:
        print("finally runs, a is", a.name)
it = g()
next(it)
print("dropping")
it = None
print("dropped")
