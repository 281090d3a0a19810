# yield in augmented assignments to a name, an attribute and a subscript
class C:
    def __init__(self):
        self.n = 1
def g():
    total = 10
    total += (yield "name")
    print("total", total)
    c = C()
    c.n *= (yield "attr")
    print("attr", c.n)
    d = {"k": [1]}
    d["k"] += (yield "item")
    print("item", d)
    d[(yield "key")] -= 1
    print(d)
it = g()
print(next(it))
print(it.send(5))
print(it.send(7))
print(it.send([2, 3]))
d = None
try:
    print(it.send("k2"))
except KeyError as e:
    print("KeyError", e)
