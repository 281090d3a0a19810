class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        raise ValueError("boom " + self.name)


def scope():
    n = Noisy("local")
    del n
    print("after del in function")


a = Noisy("global")
a = None
print("after rebinding")
scope()
b = Noisy("shutdown")
print("end of script")
