# generators referenced from a list are finalized in the list's release order (last to first)
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
gens = [g(f"g{i}") for i in range(4)]
for x in gens:
    next(x)
del x
print("clearing list")
gens = None
print("cleared")
