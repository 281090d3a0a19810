def smaller(a, b):
    if a < b:
        return a
    return b


print(smaller(1, 2))
print(smaller(1, "x"))
