def neg(v):
    return -v


print(neg(3))
print(neg("text"))
