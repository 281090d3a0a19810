def between(lo, x, hi):
    return lo < x < hi


print(between(1, 2, 3))
print(between(1, 2, "z"))
