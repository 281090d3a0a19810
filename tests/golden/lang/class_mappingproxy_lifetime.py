# A mappingproxy holds its mapping: a proxy keeps a class or a dict (and what it holds) alive until the proxy goes
import gc
import weakref

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Holder:
    item = Noisy("class attribute")

mp = Holder.__dict__
ref = weakref.ref(Holder, lambda r: print("class gone"))
del Holder
gc.collect()
print("class alive:", ref() is not None, mp["item"].name)
del mp
gc.collect()
print("after proxy")

d = {"n": Noisy("dict value")}
view = type(type.__dict__)(d)
del d
print("dict kept by the proxy:", view["n"].name)
del view
print("after dict proxy")

class Later:
    pass

live = Later.__dict__
Later.attr = Noisy("set later")
del Later.attr
print("deleted through the class")
del live
print("end")
