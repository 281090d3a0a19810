data = b"abc"
print(data, type(data), len(data), data[0])
