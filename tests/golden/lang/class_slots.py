# __slots__: unset slots, names outside the slots, no __dict__, member descriptors, and subclasses with and without their own __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)

class Q(P):
    pass
q = Q(5)
q.z = 3
print(q.x, q.z, q.__dict__)

class R(P):
    __slots__ = ["w"]
r = R(7)
r.w = 8
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
