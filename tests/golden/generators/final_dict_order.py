# generators referenced from a dict are finalized in the dict's release order
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g(name):
    try:
        yield name
    finally:
        print("close", name)
gens = {}
for name in ["a", "b", "c"]:
    gens[name] = g(name)
    next(gens[name])
print("deleting dict")
del gens
print("deleted")
