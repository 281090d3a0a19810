# dropping a partially consumed generator expression releases its iterator and current item
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def items():
    try:
        for n in range(3):
            yield D(f"item{n}")
    finally:
        print("items finally")
gen = (x.name for x in items())
print(next(gen))
print("dropping genexp")
del gen
print("dropped")
