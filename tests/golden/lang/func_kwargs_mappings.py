# a ** argument may be any mapping: CPython reads keys() then each item; a key that is not a string is rejected only after every argument is merged
def f(*args, **kw):
    return sorted(kw.items())
class Mapping:
    def __init__(self, d): self.d = d
    def keys(self):
        print("keys()")
        return list(self.d)
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
print(f(**Mapping({"x": 1, "y": 2}), z=3))
print(f(a=0, **Mapping({"b": 1}), **{"c": 2}))
class Sub(dict):
    pass
print(f(**Sub(p=1), q=2))
class NoGetitem:
    def keys(self): return ["a"]
class KeysNotIterable:
    def keys(self): return 5
class KeysRaisesAttributeError:
    def keys(self): raise AttributeError("inside keys")
class KeysRaisesValueError:
    def keys(self): raise ValueError("inside keys")
class GetitemRaisesAttributeError:
    def keys(self): return ["a"]
    def __getitem__(self, k): raise AttributeError(k)
for m in [NoGetitem(), KeysNotIterable(), KeysRaisesAttributeError(), KeysRaisesValueError(),
          GetitemRaisesAttributeError(), 5, "text", [("a", 1)]]:
    try:
        print(f(**m))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def side(name):
    print("evaluated", name)
    return name
try:
    f(**{1: "one"}, b=side("b"), **{"c": side("c")})
except TypeError as e:
    print("TypeError", e)
try:
    f(**Mapping({"a": 1}), **Mapping({"a": 2}))
except TypeError as e:
    print("TypeError", e)
d = {"a": 1}
def mutate(**kw):
    kw["a"] = 99
    return kw
print(mutate(**d), d)
