# a generator freed while suspended inside an expression releases the held operands after its finally
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(*args):
    return args
def g():
    try:
        f(D("first"), D("second"), (yield "in call"), D("never"))
    finally:
        print("finally")
it = g()
print(next(it))
print("dropping")
it = None
print("dropped")
