# a dying generator suspended in yield from closes its subgenerator before its own finally
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def sub():
    s = D("sub local")
    try:
        yield 1
    finally:
        print("sub finally")
def outer():
    o = D("outer local")
    try:
        yield from sub()
    finally:
        print("outer finally")
it = outer()
next(it)
print("dropping")
del it
print("dropped")
