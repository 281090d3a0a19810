a = [1, [2, [3, []]], "s", (4,), {"k": [5]}]
print(a, repr(a), str(a))
b = [1, 2]
b.append(b)
print(b)
c = [b, [b]]
print(c)
d = []
d.append([d])
print(d)
e = {"self": None}
e["self"] = e
print(e)
f = [e, (e, f"x")]
print(f)
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list([1]))
print(list({"a": 1}.items()), list({"a": 1}.values()))
try:
    list(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    list(1, 2)
except TypeError as err:
    print(type(err).__name__, err)
print(len([1, [2, 3]]), bool([]), bool([0]))
g = [1, 2, 3]
h = g
g += [4]
print(h, g is h)
g = g + [5]
print(h, g is h)
