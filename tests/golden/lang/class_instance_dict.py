class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__)
p.__dict__["c"] = 3
print(p.c)
p.__dict__.clear()
print(p.__dict__, hasattr(p, "a"))
p.z = 26
p.y = 25
print(list(p.__dict__))
print(vars(p))
print(vars(P)["__init__"].__name__)
q = P()
q.__dict__ = {"replaced": True}
print(q.replaced, hasattr(q, "a"))
try:
    q.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
