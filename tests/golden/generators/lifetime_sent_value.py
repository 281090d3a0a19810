# a sent value is bound by the generator and released when it is rebound or the generator finishes
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    v = yield
    print("got", v.name)
    v = yield
    print("got", v.name)
it = g()
next(it)
it.send(D("one"))
print("sent one")
try:
    it.send(D("two"))
except StopIteration:
    print("finished")
print("end")
