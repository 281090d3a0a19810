def split(pair):
    first, second = pair
    return first


print(split((1, 2)))
print(split((1, 2, 3)))
