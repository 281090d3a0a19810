# walking a class hierarchy with __subclasses__(), __bases__ and __mro__
class Shape: pass
class Polygon(Shape): pass
class Circle(Shape): pass
class Triangle(Polygon): pass
class Square(Polygon): pass
def walk(cls, depth=0):
    print("  " * depth + cls.__name__, [b.__name__ for b in cls.__bases__])
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)
walk(Shape)
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Shape))
try:
    Shape.__subclasses__(1)
except TypeError as e:
    print("TypeError", e)
