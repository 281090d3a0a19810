# special methods called by the interpreter bypass __getattribute__; explicit loads do not
class C:
    def __getattribute__(self, name):
        print("load", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "C()"
c = C()
print(len(c))
print(repr(c))
print(c.__len__())
print(type(c).__name__)
