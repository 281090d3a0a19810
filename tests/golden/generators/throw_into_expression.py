# throw at a yield inside an expression: operands already held are released before the handler runs
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(*a):
    return a
def g():
    try:
        f(D(1), D(2), (yield "in call"), D(3))
    except ValueError:
        print("handler")
    yield "after"
it = g()
print(next(it))
print(it.throw(ValueError))
print("end")
