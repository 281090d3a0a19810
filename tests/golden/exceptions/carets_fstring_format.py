def show(value):
    return f"value={value:d}!"


print(show(5))
print(show("five"))
