# overriding list methods and dunders, calling the built-in through super()
class Logged(list):
    def __init__(self, items=()):
        print("init", list(items))
        super().__init__(items)
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return super().__len__() * 10
l = Logged([1, 2])
l.append(3)
print(l[0], l[-1], len(l))
l[1] = 20
print(l)
del l[0]
print(l, list(l))
