class B:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __bool__(self):
        print("bool", self.name)
        return self.v
    def __repr__(self):
        return self.name
t, f = B("t", True), B("f", False)
print(t and f)
print(f and t)
print(t or f)
print(f or t)
print(not t)
if t and f:
    print("no")
elif f or t:
    print("elif")
x = t if f else f
print(x)
print(all([t, f]), any([f, t]))
