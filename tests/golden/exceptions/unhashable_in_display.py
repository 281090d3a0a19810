def index(keys):
    return {k: len(k) for k in keys}


print(index(["a", "bb"]))
lookup = {"x": 1}
print(lookup)
table = {"ok": 1, ["bad"]: 2}
