class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % self.v
    def __iadd__(self, o):
        print("__iadd__", o)
        self.v += o
        return self
    def __add__(self, o):
        print("__add__", o)
        return Acc(self.v + o)
    def __imul__(self, o):
        print("__imul__ returns new")
        return Acc(self.v * o)

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a = a + 1
print(a, b, a is b)
c = Acc(2)
d = c
c *= 10
print(c, d, c is d)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("fallback __add__")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)

lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = "a"
s += "b"
print(s)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "used __add__"
n = NotImpl()
n += 1
print(n)
