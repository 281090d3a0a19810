# __getattribute__ with __setattr__ and __delattr__ storing into a private dict
class Store:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        raise AttributeError(f"{name} not stored")
    def __setattr__(self, name, value):
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
s = Store()
s.a = 1
s.b = 2
print(s.a, s.b, s._data)
del s.a
print(hasattr(s, "a"), getattr(s, "a", "gone"), s._data)
try:
    s.c
except AttributeError as e:
    print("AttributeError", e)
