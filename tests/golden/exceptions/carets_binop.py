def ratio(a, b):
    print("ratio of", a, "and", b)
    return a / b


total = ratio(3, 4)
print(total)
total = ratio(1, 0)
print("not reached")
