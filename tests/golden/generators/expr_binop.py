# yield on both sides of a binary operator: the left value is held while the right yield is suspended
def g():
    x = (yield "a") + (yield "b")
    print("x =", x)
    y = (yield "c") * 2 - (yield "d")
    print("y =", y)
it = g()
print(next(it))
print(it.send(10))
print(it.send(5))
print(it.send(3))
try:
    it.send(1)
except StopIteration:
    print("done")
