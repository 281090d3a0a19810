class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = D("global_g")


def boom():
    loc = D("boom_local")
    raise ValueError("uncaught")


print("start")
boom()
print("never printed")
