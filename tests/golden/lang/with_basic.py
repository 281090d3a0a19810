class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return False

with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("outer"):
    with CM("inner"):
        print("nested body")
try:
    with CM("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with CM("target") as (t):
    print(t)
class Holder:
    pass
h = Holder()
with CM("attr") as h.value:
    pass
print(h.value)
