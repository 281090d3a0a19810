# dir() of slotted classes and their instances lists the slot members, and __dict__/__weakref__ only where the layout has them
class S:
    __slots__ = ("a", "b")

class T(S):
    __slots__ = ("__weakref__",)

class U(T):
    pass

def shown(obj):
    return [n for n in dir(obj) if not n.startswith("__") or n in ("__dict__", "__weakref__", "__slots__", "__doc__")]

for obj in (S, S(), T, T(), U, U()):
    print(shown(obj))
s = S()
try:
    s.c
except AttributeError as e:
    print("AttributeError", e)
