# __class__ assignment and lifetimes: the old class is freed once its last instance moves away, the new class's __del__ runs on the reassigned object, attribute values survive and die with the object
import gc
import weakref

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Plain:
    pass

class Finalized:
    def __del__(self):
        print("Finalized.__del__ on", self.label)

obj = Plain()
obj.label = "first object"
obj.payload = Noisy("payload")
obj.__class__ = Finalized
print("reassigned")
del obj
print("after del")

def make_class():
    class Temporary:
        held = Noisy("class attribute")
    return Temporary

Temporary = make_class()
t = Temporary()
t.value = Noisy("instance value")
ref = weakref.ref(Temporary, lambda r: print("Temporary freed"))
del Temporary
gc.collect()
print("class alive:", ref() is not None)
t.__class__ = Plain
gc.collect()
print("class alive:", ref() is not None, type(t).__name__, t.value.name)
del t
print("instance gone")

class Back:
    def __del__(self):
        print("Back.__del__", type(self).__name__)
        self.__class__ = Plain

b = Back()
b.x = Noisy("b.x")
del b
print("after Back")

class Ordered:
    pass

class Other:
    pass

o = Ordered()
o.one = Noisy("one")
o.two = Noisy("two")
o.three = Noisy("three")
o.__class__ = Other
del o.two
o.four = Noisy("four")
print(list(vars(o)))
del o
print("end")
