# operators on list subclasses: results are plain lists, in-place ones keep the subclass
class L(list): pass
a = L([1, 2])
print(type(a + [3]).__name__, a + [3], [0] + a, a * 2, 2 * a, type(a * 2).__name__)
b = a
a += [9]
print(a is b, type(a).__name__, a)
a *= 2
print(a is b, a)
print(a[::2], type(a[::2]).__name__, a.copy(), type(a.copy()).__name__)
class Add(list):
    def __add__(self, other):
        return Add(list(self) + list(other) + ["!"])
    def __radd__(self, other):
        return "radd"
x = Add([1])
print(x + [2], type(x + [2]).__name__, [0] + x)
