# an exception raised while a dying generator is closed is reported as ignored, and the program goes on
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
it = g()
next(it)
it = None
print("still running")
