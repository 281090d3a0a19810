# breaking out of a for loop over a generator closes it when the loop's iterator is released
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator closed")
for x in g():
    if x == 2:
        break
    print(x)
print("after loop")
def holder():
    for x in g():
        return x
print(holder())
