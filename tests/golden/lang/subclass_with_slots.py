# built-in subclasses with __slots__ and with __dict__
class Pair(tuple):
    __slots__ = ()
p = Pair((1, 2))
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
class Named(list):
    __slots__ = ("name",)
n = Named([1])
n.name = "n"
print(n, n.name)
try:
    n.other = 2
except AttributeError as e:
    print("AttributeError", e)
class Free(list): pass
f = Free()
f.anything = 1
print(f.__dict__, vars(f))
