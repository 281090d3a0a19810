# yield inside a del statement's tuple and list targets: each item is deleted in order, resuming where it suspended
def gen():
    d = {1: "a", 2: "b", 3: "c"}
    del (d[(yield "first key?")], [d[(yield "second key?")]])
    print(d)
    yield "done"


g = gen()
print(next(g))
print(g.send(1))
print(g.send(3))
g = gen()
print(next(g))
try:
    g.send(99)
except KeyError as e:
    print("KeyError:", e)
