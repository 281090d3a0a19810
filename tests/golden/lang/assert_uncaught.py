def check(v):
    assert v > 0, "v must be positive, got %d" % v
    return v
print(check(1))
check(-3)
