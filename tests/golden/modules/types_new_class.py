# types.new_class, prepare_class and resolve_bases create classes as a class statement would: metaclass, __prepare__, keywords, __mro_entries__
import types
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    pass
def body(ns):
    ns["value"] = 42
    ns["double"] = lambda self: self.value * 2
K = types.new_class("K", (Base,), {"flag": 1}, body)
print(type(K).__name__, K.value, K().double(), K.prepared, K.__name__)
Plain = types.new_class("Plain")
print(Plain, Plain.__bases__, type(Plain))
print(types.prepare_class("X", (Base,), {"metaclass": Meta, "opt": 2}))
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
e = Entry()
print(types.resolve_bases((int, e)), types.resolve_bases((int, str)))
R = types.new_class("R", (e,))
print(R.__bases__, R.__orig_bases__ == (e,))
class Bad:
    def __mro_entries__(self, bases):
        return [Base]
try:
    types.resolve_bases((Bad(),))
except TypeError as err:
    print("TypeError", err)
class Other(type):
    pass
class O(metaclass=Other):
    pass
try:
    types.new_class("Conflict", (Base, O))
except TypeError as err:
    print("TypeError", err)
