# built-in subclasses with __slots__ in cycles: a list subclass without a __dict__ keeps its slot values in the instance (gc.collect() counts no dict), and int and tuple subclasses accept only empty __slots__
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

class L(list):
    __slots__ = ("me", "d")

l = L([1])
l.me = l
l.d = D("slot value")
print(hasattr(l, "__dict__"))
try:
    l.other = 1
except AttributeError as e:
    print("AttributeError", e)
del l
print("collected", gc.collect())

# int and tuple keep their items where slots would go: CPython refuses any __slots__ but
# an empty one for their subclasses.
for base in (int, tuple):
    for slots in (("box",), ("__dict__",), ("__weakref__",)):
        try:
            class T(base):
                __slots__ = slots
            print(base.__name__, slots, "accepted")
        except TypeError as e:
            print(base.__name__, slots, e)

class T(tuple):
    __slots__ = ()

box = []
t = T((D("tuple item"), box))
box.append(t)
del t, box
print("collected", gc.collect())
