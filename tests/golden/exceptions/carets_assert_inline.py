def check(x):
    if x: assert x > 10, "small"


check(0)
check(3)
