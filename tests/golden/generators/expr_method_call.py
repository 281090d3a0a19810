# yield as the receiver and as an argument of a method call
class Box:
    def __init__(self, v):
        self.v = v
    def add(self, n):
        return Box(self.v + n)
    def __repr__(self):
        return f"Box({self.v})"
def g():
    b = Box(1)
    print(b.add((yield "n")).add((yield "m")))
    print((yield "text").upper())
    print((yield "list").count(2))
it = g()
print(next(it))
print(it.send(10))
print(it.send(100))
print(it.send("hello"))
try:
    it.send([2, 2, 3])
except StopIteration:
    print("done")
