class Base:
    def greet(self, x):
        return "Base.greet(" + str(x) + ")"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__

class Mid(Base):
    def greet(self, x):
        return "Mid>" + super().greet(x)
    @classmethod
    def make(cls):
        return "Mid>" + super().make()

class Leaf(Mid):
    def greet(self, x):
        return "Leaf>" + super(Leaf, self).greet(x)
    def skip(self, x):
        return super(Mid, self).greet(x)
    @classmethod
    def make(cls):
        return "Leaf>" + super(Leaf, cls).make()

l = Leaf()
print(l.greet(1))
print(l.skip(2))
print(Leaf.make())
print(super(Leaf, l).greet(3))
print(type(super(Leaf, l)).__name__)

class WithInit(Leaf):
    def __init__(self):
        super().__init__()
        self.ok = True
print(WithInit().ok)
def helper(self):
    return super(Leaf, self).greet(9)
print(helper(l))
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
