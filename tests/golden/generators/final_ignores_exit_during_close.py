# explicit close of a generator that catches GeneratorExit and yields raises RuntimeError; deallocation later does not close it again
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("dropping")
del it
print("end")
