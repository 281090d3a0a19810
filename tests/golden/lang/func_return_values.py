def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(nothing(), bare())
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
print(early(1), early(0))
def loop_return():
    for i in range(10):
        if i == 3:
            return i
    return -1
print(loop_return())
def nested_return():
    while True:
        for x in "abc":
            if x == "b":
                return "found " + x
print(nested_return())
