# a generator ignoring GeneratorExit closed by rebinding its name: CPython's report underlines the rebound name
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def drop():
    it = stubborn()
    next(it)
    it = None
    print("after drop")
drop()
