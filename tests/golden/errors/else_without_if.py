# else without a matching if
x = 1
print(x)
else:
    print("no")
