# Instances of classes made by a metaclass die at their last reference, also when their class was made inside a function
import gc


class Meta(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)


class Res(metaclass=Meta):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Res("a")
b = Res("b")
a = None
print("after a = None")
lst = [Res("c"), Res("d")]
del lst
print("after del lst")


def make():
    class Temp(metaclass=Meta):
        def __del__(self):
            print("del Temp instance")

    t = Temp()
    return t


t = make()
del t
gc.collect()
print("after collect")
print("end")
