# a def whose decorator, default, keyword-only default or annotation raises releases what it evaluated as CPython unwinds its stack
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
    def __call__(self, f): return f
def boom(where):
    raise ValueError(where)
try:
    @D("deco1")
    @D("deco2")
    @boom("decorator")
    def f(): pass
except ValueError as e:
    print("caught", e)
try:
    @D("deco1")
    def f(a=D("d1"), b=D("d2"), c=boom("default")): pass
except ValueError as e:
    print("caught", e)
try:
    @D("deco1")
    def f(a=D("d1"), *, k=D("k1"), m=D("k2"), n=boom("kwdefault")): pass
except ValueError as e:
    print("caught", e)
try:
    @D("deco1")
    @D("deco2")
    def f(a=D("d1"), b=D("d2"), *, k=D("k1"), m=D("k2")) -> boom("annotation"): pass
except ValueError as e:
    print("caught", e)
try:
    def f(x: D("ann_x"), y: D("ann_y"), z: boom("second annotation")): pass
except ValueError as e:
    print("caught", e)
print("end")
