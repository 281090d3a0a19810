# __init_subclass__ receives class keywords; object's rejects them
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name
        Plugin.registry.append((cls.__name__, name))
class A(Plugin, name="a"): pass
class B(Plugin): pass
class C(A, name="c"): pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, name="d", extra=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class E(flavor="x"): pass
except TypeError as e:
    print("TypeError", e)
