# classes in reference cycles (through their own attributes, their instances, type() calls, subclasses and methods) die at a collection and release what they hold
import gc
import weakref
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def make_class(name):
    class K:
        tag = D("class attr of " + name)
        def method(self):
            return K
    K.__name__ = name
    K.self_ref = K
    return K

K = make_class("Local")
inst = K()
inst.cls = K
w = weakref.ref(K)
del K, inst
print("class alive before collect:", w() is not None)
gc.collect()
print("class alive after collect:", w() is not None)

T = type("T", (), {"data": D("attr of type() class")})
T.children = [T]
wt = weakref.ref(T)
del T
gc.collect()
print("type() class gone:", wt() is None)

class Base:
    pass
def make_sub():
    class Sub(Base):
        marker = D("attr of subclass")
    return Sub
s = make_sub()
print([c.__name__ for c in Base.__subclasses__()])
del s
gc.collect()
print("subclasses after collect:", [c.__name__ for c in Base.__subclasses__()])

# An instance whose __del__ reads its class, in a cycle with that class.
def make_finalized():
    class F:
        def __del__(self):
            print("del F instance, class", type(self).__name__)
    f = F()
    F.instance = f
    return weakref.ref(F)
wf = make_finalized()
print("collected", gc.collect() > 0, "class gone:", wf() is None)
