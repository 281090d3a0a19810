# a generator suspended in a while loop holding locals: GeneratorExit at the yield, then locals released
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    n = 0
    keep = D("keep")
    while True:
        tmp = D(f"tmp{n}")
        yield n
        n += 1
it = g()
next(it)
next(it)
print("dropping")
it = None
print("dropped")
