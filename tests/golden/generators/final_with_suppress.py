# a with block that suppresses GeneratorExit lets the generator run on; yielding again is reported
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__)
        return True
def g():
    with Suppress():
        yield 1
    print("after with")
    yield 2
it = g()
next(it)
del it
print("after del")
