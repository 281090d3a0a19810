# an AttributeError from __getattribute__ falls back to __getattr__
class C:
    def __getattribute__(self, name):
        if name.startswith("virtual_"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
c = C()
c.real = 5
print(c.real, c.virtual_a, c.other)
