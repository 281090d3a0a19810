# key objects made by key= die after the sort, in the order CPython releases them
class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __del__(self):
        print("key dies", self.v)


xs = [3, 1, 2]
print("sorting")
xs.sort(key=Key)
print("sorted", xs)
ys = sorted([5, 4, 6], key=Key, reverse=True)
print("sorted reverse", ys)


def bad(v):
    if v == 2:
        raise ValueError("no key for 2")
    return Key(v)


try:
    sorted([1, 3, 2, 0], key=bad)
except ValueError as e:
    print("ValueError:", e)
print("end")
