# yield in keyword arguments and in ** and * arguments of a call
def show(*args, **kwargs):
    print("args", args, "kwargs", sorted(kwargs.items()))
def g():
    show(1, key=(yield "k"), other=2)
    show(*(yield "star"), **(yield "dstar"))
    show(0, *[1, 2], x=(yield "x"), **{"y": 5})
it = g()
print(next(it))
print(it.send("kv"))
print(it.send((7, 8)))
print(it.send({"a": 1}))
try:
    it.send(9)
except StopIteration:
    print("done")
