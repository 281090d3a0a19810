# A dict view on the right of an instance's operator: the instance's method comes first, else the view's set operation
class Or:
    def __or__(self, other):
        return "Or.__or__"

    def __iter__(self):
        return iter([1, 9])


class Plain:
    def __iter__(self):
        return iter([2, 8])


class RAnd:
    def __rand__(self, other):
        return "RAnd.__rand__ got " + type(other).__name__


d = {1: 0, 2: 0}
k = d.keys()
print(Or() | k)
print(sorted(Plain() | k), sorted(Plain() & k), sorted(Plain() - k), sorted(k - Plain()))
print(k & RAnd() if False else "skip")
try:
    print(k & RAnd())
except TypeError as e:
    print(e)
k2 = d.keys()
k2 |= {5}
print(sorted(k2), type(k2).__name__, sorted(d))
