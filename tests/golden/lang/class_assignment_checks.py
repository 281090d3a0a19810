# assigning __class__: the value must be a class, and the same class is accepted
class A:
    pass


a = A()
a.__class__ = A
print(type(a).__name__)
for bad in (5, "A", None, a):
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(type(a).__name__, a.__class__ is A)
