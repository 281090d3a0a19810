class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = D("first")
print("assign second")
x = D("second")
print("assign None")
x = None
print("--")
a = D("shared")
b = a
a = None
print("a cleared, b still holds")
b = None
print("--")
y = D("y1")
y, z = D("y2"), D("z1")
print("tuple assignment done")
z = y
print("z rebound to y2")
del y
print("del y")
del z
print("end")
