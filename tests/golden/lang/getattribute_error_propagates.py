# non-AttributeError exceptions from __getattribute__ propagate; AttributeError without __getattr__ propagates with its message
class C:
    def __getattribute__(self, name):
        if name == "boom":
            raise ValueError("boom!")
        raise AttributeError(f"no {name} here")
c = C()
try:
    c.boom
except ValueError as e:
    print("ValueError", e)
try:
    c.anything
except AttributeError as e:
    print("AttributeError", e)
print(getattr(c, "x", "default"), hasattr(c, "y"))
c.anything
