# the finalizer runs at most once: an explicitly closed generator is not closed again at deallocation
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit")
        raise
it = g()
next(it)
it.close()
print("closed explicitly")
del it
print("end")
