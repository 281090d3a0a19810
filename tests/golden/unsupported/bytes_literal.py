# refpy: xfail refpy reports this construct as not supported
data = b"abc"
print(data, type(data), len(data), data[0])
