# the in operator: __contains__, then iteration (including the __getitem__ sequence protocol)
class Evens:
    def __contains__(self, x):
        print("__contains__", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)

class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in Seq())
print(99 in Seq())

class It:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in It(), 5 in It())

class Truthy:
    def __contains__(self, x):
        return "non-empty string"
print(1 in Truthy())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
