counts = {"a": 1}
counts["a"] += 1
print(counts)
total = 0
for word in ["x", "y"]:
    total += word
