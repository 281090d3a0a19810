print("hello, world")
print(1 + 2, [1, 2] * 2, {"a": 1})
