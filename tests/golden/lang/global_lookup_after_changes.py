# Global and builtin lookups stay right while the globals dict changes: rebinding, deletion,
# shadowing a builtin and removing the shadow, entries moving after deletions.
def read_x():
    return x


def use_len():
    return len([1, 2, 3])


x = 1
for i in range(3):
    print(read_x())
    x = x + 10
filler_a = 1
filler_b = 2
del filler_a
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = "back"
print(read_x())
print(use_len())
len = lambda seq: "shadowed"
print(use_len())
del len
print(use_len())
g = globals()
g["x"] = "via globals()"
print(read_x())
for name in list(g):
    if name.startswith("filler"):
        del g[name]
print(read_x(), use_len())
