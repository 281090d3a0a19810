# generator expressions: the first iterable is evaluated at once, the rest lazily, in their own scope
def src(label, items):
    print("evaluating", label)
    return items
gen = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("created")
print(next(gen))
print(list(gen))
x = "module x"
gen = (x for x in range(3))
print(list(gen), x)
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError", e)
g2 = (i * i for i in range(4) if i % 2)
print(type(g2).__name__, g2.__name__, list(g2))
