# Set operators on dict items views, and unhashable values in them
d = {1: "a", 2: "b", 3: "c"}
it = d.items()
print(sorted(it & {(1, "a"), (2, "x")}), sorted(it | {(5, 5)}))
print(sorted(it - {(1, "a")}), sorted(it ^ {(1, "a"), (9, 9)}))
print(sorted([(2, "b"), (7, 7)] & it), sorted(it & [(2, "b"), 5, (1, 2, 3)]))
print(it == {(1, "a"), (2, "b"), (3, "c")}, it == {(1, "a")}, it > {(1, "a")})
print((1, "a") in it, (1, []) in it, [1] in it, (1, "b") in it)
print(it & d.keys(), len(d.keys() | it))
u = {1: [], 2: "x"}
ui = u.items()
print(ui & {(2, "x")}, ui & [(1, [])] if False else "skip", ui - [(1, 0)] if False else "skip")
for label, bad in [
    ("and set", lambda: ui & {(2, "x"), (3, "y")}),
    ("or", lambda: ui | set()),
    ("sub", lambda: ui - set()),
    ("xor", lambda: ui ^ set()),
    ("rsub", lambda: [(1, 2)] - ui),
]:
    try:
        print(label, bad())
    except TypeError as e:
        print(label, e)
print(ui.isdisjoint([(2, "y")]), ui.isdisjoint([(1, [])]))
