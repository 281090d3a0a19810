# A slot and a __dict__ entry of the same name: the member descriptor reads and writes the slot; slots beside the dict of a list subclass
class P:
    __slots__ = ("x",)
class Q(P):
    pass
q = Q()
q.__dict__ = {"x": 5, "y": 6}
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError", e)
q.x = 1
print(q.x, q.__dict__, q.y)
del q.x
print(q.__dict__)
try:
    del q.x
except AttributeError as e:
    print("AttributeError", e)
class LS(list):
    __slots__ = ("s", "__dict__")
l = LS([1])
l.s = "slot"
l.d = "dict"
print(l.s, l.d, l.__dict__, l)
l.s = "slot2"
del l.d
print(l.s, l.__dict__)
