class A:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError()


class B:
    def __del__(self):
        raise KeyError


a = A()
del a
b = B()
b = 1


def f():
    x = A()
    del x
    print("in f")


f()
print("end")
