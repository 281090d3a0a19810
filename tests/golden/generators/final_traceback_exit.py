# the report for a generator ignoring GeneratorExit at deallocation names the generator and the running line
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
    del it
    print("after drop")
drop()
