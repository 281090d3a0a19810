# a generator freed while suspended in the right operand of a binary operator releases the left operand
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class N(D):
    def __add__(self, other):
        return other
def g():
    x = N("left") + (yield)
    print("not reached")
it = g()
next(it)
print("dropping")
del it
print("dropped")
