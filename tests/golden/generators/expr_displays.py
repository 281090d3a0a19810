# yield inside list, tuple, set and dict displays, with starred items
def g():
    print([1, (yield "l"), 3])
    print((0, *(yield "star"), (yield "after")))
    print(sorted({(yield "s1"), (yield "s2")}))
    print({(yield "k"): (yield "v"), "fixed": 1, **(yield "more")})
it = g()
vals = ["L", [8, 9], "A", 3, 1, "key", "val", {"z": 26}]
print(next(it))
for v in vals:
    try:
        print(it.send(v))
    except StopIteration:
        print("done")
