x = 1
def f():
    return x
class C:
    y = x
    def m(self):
        return y
