class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def get(self):
        return self.name
    def __add__(self, other):
        return D(self.name + "+" + other.name)

print(D("temp").get())
print("after temp")
x = (D("l") + D("r")).get()
print("result", x)
len([D("in list"), D("in list 2")])
print("after list")
def take(*objs):
    print("take called with", len(objs))
take(D("arg1"), D("arg2"))
print("after call")
D("statement")
print("after statement")
print([D(str(i)).get() for i in range(2)])
print("end")
