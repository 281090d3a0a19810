# a user __getattribute__ sees every load, including methods and existing attributes
class Logged:
    def __init__(self):
        self.x = 1
    def method(self):
        return "m"
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
o = Logged()
print(o.x)
print(o.method())
print(getattr(o, "x"))
print(hasattr(o, "nope"))
print(Logged().__class__.__name__)
