# __getattribute__ is inherited, and defining it on a base after subclasses exist reaches them
class Base:
    pass
class Child(Base):
    pass
c = Child()
c.v = 1
print(c.v)
def ga(self, name):
    return "intercepted " + name
Base.__getattribute__ = ga
print(c.v, Child().anything)
del Base.__getattribute__
print(c.v)
class Other(Child):
    def __getattribute__(self, name):
        return "other " + name
print(Other().q, c.v)
