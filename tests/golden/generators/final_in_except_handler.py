# a generator suspended inside an except block keeps the handled exception until it is closed
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        raise KeyError("handled")
    except KeyError as e:
        holder = D("holder")
        yield repr(e)
        print("not reached")
    finally:
        print("finally")
it = g()
print(next(it))
del it
print("end")
