def positive(x):
    assert x > 0, "must be positive"
    return x


print(positive(2))
positive(-2)
