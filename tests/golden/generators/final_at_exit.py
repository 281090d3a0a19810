# suspended generators still alive at the end of the program are closed during shutdown
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g(name):
    try:
        yield
    finally:
        print("finally", name)
a = g("a")
next(a)
b = g("b")
next(b)
print("end of script")
