# __getattribute__ can compute values and shadow instance attributes
class Upper:
    def __init__(self):
        self.name = "refpy"
    def __getattribute__(self, attr):
        v = object.__getattribute__(self, attr)
        if isinstance(v, str):
            return v.upper()
        return v
u = Upper()
print(u.name)
u.count = 3
print(u.count)
print(u.__dict__)
