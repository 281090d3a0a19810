# properties and methods still work through object.__getattribute__; a property's AttributeError reaches __getattr__
class P:
    @property
    def good(self):
        return 42
    @property
    def bad(self):
        raise AttributeError("bad property")
    def __getattr__(self, name):
        return f"getattr({name})"
p = P()
print(p.good, p.bad, p.zzz)
print(object.__getattribute__(p, "good"))
try:
    object.__getattribute__(p, "zzz")
except AttributeError as e:
    print("AttributeError", e)
