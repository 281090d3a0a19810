# __getitem__, __setitem__ and __delitem__ with ints, slices and keys; slices are unhashable
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", repr(key))
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]

s = Store()
s["a"] = 1
s[1, 2] = "tuple key"
print(s["a"], s[1, 2])
s["a"] += 5
print(s["a"])
del s["a"]
try:
    s["a"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    s[1:3] = "slice"
except TypeError as e:
    print(type(e).__name__, e)
print(s.data)
class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1:2], sl[::2], sl[1:2, 3], sl[...], sl[:])
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
try:
    Empty()[0]
except TypeError as e:
    print(type(e).__name__, e)
