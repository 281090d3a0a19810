# obj.__class__ = Other between compatible classes: methods, isinstance and type follow the new class, attributes keep their values and insertion order
class Cat:
    sound = "meow"

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

class Dog:
    sound = "woof"

    def speak(self):
        return "%s barks %s" % (self.name, self.sound)

    def fetch(self):
        return self.name + " fetches"

pet = Cat()
pet.name = "Rex"
pet.age = 3
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat))
pet.__class__ = Dog
print(pet.speak(), pet.fetch(), type(pet).__name__, isinstance(pet, Cat), isinstance(pet, Dog))
print(vars(pet), pet.__class__ is Dog)
pet.color = "brown"
pet.__class__ = Cat
print(vars(pet), pet.speak())
try:
    pet.fetch()
except AttributeError as e:
    print("AttributeError", e)
pet.__class__ = Cat
print(type(pet) is Cat)

class Base:
    def who(self):
        return "base"

class Child(Base):
    def who(self):
        return "child of " + super().who()

obj = Base()
obj.__class__ = Child
print(obj.who(), obj.__class__.__mro__ == Child.__mro__)

class Local:
    def __init__(self):
        self.__class__ = Cat
        self.name = "made in __init__"

made = Local()
print(type(made).__name__, made.speak())

class A:
    pass

class B:
    pass

items = []
for i in range(6):
    a = A()
    a.first = i
    a.second = i * 10
    if i % 2:
        a.__class__ = B
        a.third = "b"
    items.append(a)
print([(type(x).__name__, vars(x)) for x in items])
print([x.first + x.second for x in items])

class E1(Exception):
    pass

class E2(Exception):
    pass

e = E1("message")
e.note = 1
e.__class__ = E2
print(type(e).__name__, e.args, e.note, repr(e))
try:
    raise e
except E2 as caught:
    print("caught", type(caught).__name__, caught)

class L1(list):
    pass

class L2(list):
    def total(self):
        return sum(self)

lst = L1([1, 2, 3])
lst.__class__ = L2
print(lst.total(), lst, type(lst).__name__)
