# the article's foo and bar driven by hand without asyncio: foo's generator is closed the moment its last reference goes
class Yielded:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Delete {}".format(self.name))
def foo():
    try:
        yield Yielded("foo")
        print("After yield: foo")
    except GeneratorExit:
        print("Exit foo")
        raise
def bar():
    try:
        x = Yielded("bar")
        yield x
        print("After yield: bar")
    except GeneratorExit:
        print("Exit bar")
        raise
def consume_one(generator):
    x = next(generator)
    x.g = generator
print("consume foo")
consume_one(foo())
print("consume bar")
consume_one(bar())
print("end of program")
