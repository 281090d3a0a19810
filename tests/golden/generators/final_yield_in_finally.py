# a dying generator that yields in finally is reported: generator ignored GeneratorExit
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        yield 1
    finally:
        yield 2
def user():
    it = g()
    next(it)
user()
print("after user")
