class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return "base " + str(self._v)
    def describe(self):
        return "I am " + self.name()
    def name(self):
        return "Base"

class Child(Base):
    @property
    def v(self):
        return "child / " + super().v
    def name(self):
        return "Child"

c = Child()
print(c.v)
print(c.describe(), Base().describe())
class Override(Base):
    v = "plain class attribute"
print(Override().v)
class SetterChild(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10
s = SetterChild()
s.v = 4
print(s.v)
