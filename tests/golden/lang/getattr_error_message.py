# __getattr__ raising AttributeError with its own message, and raising other errors
class G:
    def __getattr__(self, name):
        if name == "key":
            raise KeyError(name)
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
g = G()
try:
    g.attr
except AttributeError as e:
    print(e)
try:
    g.key
except KeyError as e:
    print("KeyError", e)
print(getattr(g, "x", 0), hasattr(g, "y"))
g.final
