# rebinding the only name of a suspended generator closes it before the new value is bound
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g(name):
    try:
        yield name
    finally:
        print("close", name)
it = g("first")
next(it)
it = g("second")
next(it)
print("rebinding done")
it = 5
print("end")
