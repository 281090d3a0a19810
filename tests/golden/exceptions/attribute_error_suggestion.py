class Person:
    def __init__(self, name):
        self.name = name

    def greeting(self):
        return "hi " + self.name


p = Person("ann")
print(p.greeting())
try:
    p.nme
except AttributeError as e:
    print("caught:", e)
print(p.nme)
