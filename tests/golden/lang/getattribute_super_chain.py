# super().__getattribute__ through two levels of overrides
class A:
    def __getattribute__(self, name):
        print("A", name)
        return super().__getattribute__(name)
class B(A):
    def __getattribute__(self, name):
        print("B", name)
        return super().__getattribute__(name)
b = B()
b.x = 10
print(b.x)
try:
    b.missing
except AttributeError as e:
    print(e)
