import sys
saved = None
class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0
    def __del__(self):
        global saved
        self.deaths += 1
        print("__del__", self.name, "death", self.deaths)
        if self.deaths == 1:
            saved = self

p = Phoenix("bird")
p = None
print("resurrected:", saved is not None, saved.name)
print("refcount", sys.getrefcount(saved))
saved = None
print("second release: __del__ is not called again")
q = Phoenix("other")
del q
print("end", saved.name)
