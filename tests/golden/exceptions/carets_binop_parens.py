def combine(left, right):
    return (left)  +  (right)


print(combine(1, 2))
print(combine(1, "two"))
