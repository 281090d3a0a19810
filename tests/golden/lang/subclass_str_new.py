# __new__ on a str subclass normalizing its value, with extra state
class Tag(str):
    def __new__(cls, text, *, weight=1):
        obj = super().__new__(cls, text.strip().lower())
        obj.weight = weight
        return obj
    def __repr__(self):
        return f"Tag({str.__repr__(self)}, weight={self.weight})"
t = Tag("  Python ", weight=3)
print(t, repr(t), t.weight, t == "python", [t])
print({t: 1}, t in {"python": 0})
class Shout(str):
    def __str__(self):
        return self.upper() + "!"
s = Shout("hey")
print(s, str(s), f"{s}", repr(s), s + "")
