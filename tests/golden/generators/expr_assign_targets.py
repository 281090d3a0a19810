# yield inside assignment targets: attribute objects and subscript indexes are evaluated after the value
class Obj:
    pass
def trace(v, label):
    print("eval", label)
    return v
def g():
    o = Obj()
    (yield "target").attr = trace(1, "value")
    lst = [0, 0, 0]
    lst[(yield "index")] = trace(2, "value2")
    print(lst)
    a = lst[(yield "i2")] = (yield "v3")
    print(a, lst)
    o.x: int = (yield "ann") + 1
    print(o.x)
    return o
o = Obj()
it = g()
print(next(it))
print(it.send(o))
print(o.attr)
print(it.send(1))
print(it.send(99))
print(it.send(2))
try:
    it.send(5)
except StopIteration as e:
    print("done", e.value.x)
