# single inheritance: overriding, super(), __base__, __bases__ and type.__subclasses__()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Animal.speak(self) + " (age " + str(self.age) + ")"

a, d, p = Animal("a"), Dog("d"), Puppy("p", 1)
for x in (a, d, p):
    print(x.speak(), "|", x.kind())
print(Puppy.__bases__, Dog.__bases__, Animal.__bases__)
print(Puppy.__mro__)
print(isinstance(p, Animal), isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(type(p) is Puppy, type(p).__name__)
print(Dog.__base__, object.__base__)
print(Animal.__subclasses__())
